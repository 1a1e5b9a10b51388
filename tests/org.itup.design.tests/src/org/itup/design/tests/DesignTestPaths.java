package org.itup.design.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;

import org.itup.design.tests.odesign.SiriusMetamodels;
import org.junit.jupiter.api.Assumptions;

/**
 * Where the tests find the viewpoint specification, the ITU example and the Sirius metamodels. The build passes the
 * repository and the shared folder in system properties; a test that cannot find them fails instead of passing.
 */
final class DesignTestPaths {

	private DesignTestPaths() {
	}

	static Path odesign() {
		Path odesign = folderFromProperty("itup.root.dir").resolve("bundles/org.itup.design/description/itup.odesign");
		assertTrue(Files.isRegularFile(odesign), "the viewpoint specification is missing: " + odesign);
		return odesign;
	}

	static Path ituExample() {
		Path example = folderFromProperty("itup.root.dir").resolve("examples/itu-2020-2023");
		assertTrue(Files.isDirectory(example), "the ITU example is missing: " + example);
		return example;
	}

	/**
	 * Sirius's metamodels, from the team's shared folder. A clone alone has none, so the checks that need them are
	 * skipped, saying what to pass; CI, where the folder must be, fails the build instead (the root pom's
	 * {@code ci-needs-shared-folder} profile).
	 */
	static SiriusMetamodels siriusMetamodels() {
		String value = System.getProperty("itup.shared.dir");
		Path shared = Path.of(value == null ? "../shared" : value).toAbsolutePath().normalize();
		Assumptions.assumeTrue(Files.isDirectory(shared), () -> "skipped: the team's shared folder is not at " + shared
				+ "; pass -Ditup.shared.dir=/path/to/shared to check the viewpoint against Sirius's metamodels");
		return SiriusMetamodels.in(shared.resolve("sirius/metamodels"));
	}

	private static Path folderFromProperty(String property) {
		String value = System.getProperty(property);
		if (value == null || value.isBlank()) {
			fail("system property " + property + " is not set; run the tests through the Maven build");
		}
		Path folder = Path.of(value).toAbsolutePath().normalize();
		assertTrue(Files.isDirectory(folder), property + " does not name a folder: " + folder
				+ " (set it with -D" + property + "=...)");
		return folder;
	}
}
