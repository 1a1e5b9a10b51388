package org.itup.test.support;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the checkout is, from the {@code itup.root.dir} property the build sets. Missing means a broken build set-up,
 * so the tests fail rather than skip: a skipped check of the example would look like a passing one.
 */
public final class RepositoryRoot {

	private RepositoryRoot() {
	}

	public static Path path() {
		String root = System.getProperty("itup.root.dir");
		assertNotNull(root, "system property itup.root.dir is not set (the pom's surefire/failsafe configuration sets it)");
		return Path.of(root).toAbsolutePath().normalize();
	}

	/** The complete ITU Strategic Plan 2020-2023, split into files by sector. */
	public static Path itu2020Example() {
		Path example = path().resolve("examples/itu-2020-2023");
		assertTrue(Files.isDirectory(example), "example folder missing: " + example);
		return example;
	}

	/** The ITU Strategic Plan 2016-2019 as Resolution 71 (Rev. Dubai, 2018) reviews it. */
	public static Path itu2016Example() {
		Path example = path().resolve("examples/itu-2016-2019");
		assertTrue(Files.isDirectory(example), "example folder missing: " + example);
		return example;
	}

	/**
	 * A folder of plans or files that tests of more than one module use, in this module's {@code fixtures} folder.
	 * Read from the checkout rather than the class path: tests hand these folders to the loader and the server.
	 */
	public static Path fixture(String name) {
		Path folder = path().resolve("tests/org.itup.test.support/fixtures").resolve(name);
		assertTrue(Files.isDirectory(folder), "test fixture missing: " + folder);
		return folder;
	}
}
