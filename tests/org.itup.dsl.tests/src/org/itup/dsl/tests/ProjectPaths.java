package org.itup.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the tests find the example plans and the shared source documents. The build passes both folders in system
 * properties; a test that cannot find them fails rather than passing without checking anything.
 */
public final class ProjectPaths {

	private ProjectPaths() {
	}

	public static Path repositoryRoot() {
		return folderFromProperty("itup.root.dir");
	}

	public static Path ituExample() {
		Path example = repositoryRoot().resolve("examples/itu-2020-2023");
		assertTrue(Files.isDirectory(example), "the ITU example is missing: " + example);
		return example;
	}

	/**
	 * The folder with the seed documents and reference data shared by the team (beside the repository). A test
	 * class that reads it is marked {@link NeedsSharedFolder}, which skips it in a clone alone.
	 */
	public static Path shared() {
		Path folder = NeedsSharedFolder.location();
		assertTrue(Files.isDirectory(folder), "the team's shared folder is missing: " + folder
				+ " (mark the test class @ExtendWith(NeedsSharedFolder.class))");
		return folder;
	}

	private static Path folderFromProperty(String property) {
		String value = System.getProperty(property);
		if (value == null || value.isBlank()) {
			fail("system property " + property + " is not set; run the tests through the Maven build");
		}
		Path folder = Path.of(value).toAbsolutePath().normalize();
		assertTrue(Files.isDirectory(folder), property + " does not name a folder: " + folder);
		return folder;
	}
}
