package org.itup.generator.tests.report;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.itup.test.support.RepositoryRoot;
import org.junit.jupiter.api.Assumptions;

/** The checkout and the report test plans in it, from the {@code itup.root.dir} property the build sets. */
final class TestFolders {

	private TestFolders() {
	}

	static Path root() {
		return RepositoryRoot.path();
	}

	/** The source folder of the report test plans and golden files (written to when golden files are updated). */
	static Path resources() {
		Path folder = root().resolve("tests/org.itup.generator.tests/src/test/resources/org/itup/generator/tests/report");
		assertTrue(Files.isDirectory(folder), "report test resources missing: " + folder);
		return folder;
	}

	/**
	 * The official SDG titles in English, in the team's shared data folder beside the checkout. A clone alone has
	 * none, so the test is skipped, saying what to pass; CI, where the folder must be, fails the build instead (the
	 * root pom's {@code ci-needs-shared-folder} profile).
	 */
	static Path sdgTitlesInEnglish() {
		String shared = System.getProperty("itup.shared.dir");
		assertNotNull(shared, "system property itup.shared.dir is not set (the pom's surefire configuration sets it)");
		Path sharedFolder = Path.of(shared).toAbsolutePath().normalize();
		Assumptions.assumeTrue(Files.isDirectory(sharedFolder), () -> "skipped: the team's shared folder is not at "
				+ sharedFolder + "; pass -Ditup.shared.dir=/path/to/shared to run this test");
		Path folder = sharedFolder.resolve("data/sdg/en");
		assertTrue(Files.isRegularFile(folder.resolve("global_targets.yml")), "SDG titles missing: " + folder);
		return folder;
	}

	/** Titles written for the tests, in the official files' layout, so the report's use of them needs nothing else. */
	static Path sdgTitlesOfTheTests() {
		Path folder = RepositoryRoot.fixture("sdg-titles-test");
		assertTrue(Files.isRegularFile(folder.resolve("global_targets.yml")), "test SDG titles missing: " + folder);
		return folder;
	}

	static Path ituExample() {
		return RepositoryRoot.itu2020Example();
	}
}
