package org.itup.cli;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the checkout is, from the {@code itup.root.dir} property the build sets. Missing means a broken build set-up,
 * so the tests fail rather than skip: a skipped check of the example would look like a passing one.
 */
final class RepositoryRoot {

	private RepositoryRoot() {
	}

	static Path path() {
		String root = System.getProperty("itup.root.dir");
		assertNotNull(root, "system property itup.root.dir is not set (the pom's surefire/failsafe configuration sets it)");
		return Path.of(root).toAbsolutePath().normalize();
	}

	/** The complete ITU Strategic Plan 2020-2023, split into files by sector. */
	static Path itu2020Example() {
		Path example = path().resolve("examples/itu-2020-2023");
		assertTrue(Files.isDirectory(example), "example folder missing: " + example);
		return example;
	}

	/** The ITU Strategic Plan 2016-2019 as Resolution 71 (Rev. Dubai, 2018) reviews it. */
	static Path itu2016Example() {
		Path example = path().resolve("examples/itu-2016-2019");
		assertTrue(Files.isDirectory(example), "example folder missing: " + example);
		return example;
	}
}
