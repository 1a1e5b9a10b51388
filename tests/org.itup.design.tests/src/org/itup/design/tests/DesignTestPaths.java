package org.itup.design.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;

import org.itup.design.tests.odesign.SiriusMetamodels;

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
	 * Sirius's metamodels, from the team's shared folder. A test class that needs them is marked
	 * {@link NeedsSiriusMetamodels}, which skips it in a clone alone.
	 */
	static SiriusMetamodels siriusMetamodels() {
		Path metamodels = NeedsSiriusMetamodels.location();
		assertTrue(Files.isDirectory(metamodels), "Sirius's metamodels are missing: " + metamodels
				+ " (mark the test class @ExtendWith(NeedsSiriusMetamodels.class))");
		return SiriusMetamodels.in(metamodels);
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
