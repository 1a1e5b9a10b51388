package org.itup.cli.report;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** The checkout and the report test plans in it, from the {@code itup.root.dir} property the build sets. */
final class TestFolders {

	private TestFolders() {
	}

	static Path root() {
		String root = System.getProperty("itup.root.dir");
		assertNotNull(root, "system property itup.root.dir is not set (the pom's surefire configuration sets it)");
		return Path.of(root).toAbsolutePath().normalize();
	}

	/** The source folder of the report test plans and golden files (written to when golden files are updated). */
	static Path resources() {
		Path folder = root().resolve("bundles/org.itup.cli/src/test/resources/org/itup/cli/report");
		assertTrue(Files.isDirectory(folder), "report test resources missing: " + folder);
		return folder;
	}

	/** The official SDG titles in English, in the team's shared data folder beside the checkout. */
	static Path sdgTitlesInEnglish() {
		String shared = System.getProperty("itup.shared.dir");
		assertNotNull(shared, "system property itup.shared.dir is not set (the pom's surefire configuration sets it)");
		Path folder = Path.of(shared).resolve("data/sdg/en");
		assertTrue(Files.isRegularFile(folder.resolve("global_targets.yml")), "SDG titles missing: " + folder);
		return folder;
	}

	static Path ituExample() {
		Path example = root().resolve("examples/itu-2020-2023");
		assertTrue(Files.isDirectory(example), "example folder missing: " + example);
		return example;
	}
}
