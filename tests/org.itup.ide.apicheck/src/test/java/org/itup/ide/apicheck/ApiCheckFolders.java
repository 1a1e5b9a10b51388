package org.itup.ide.apicheck;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;

/**
 * Where the check finds the Eclipse-only bundles (in the repository) and the Eclipse API sources (in the team's shared
 * folder). A clone alone has no shared folder, so the checks skip, saying what to pass; CI, where the folder must be,
 * fails the build instead (the root pom's {@code ci-needs-shared-folder} profile).
 */
final class ApiCheckFolders {

	private ApiCheckFolders() {
	}

	static Path repositoryRoot() {
		String value = System.getProperty("itup.root.dir");
		if (value == null || value.isBlank()) {
			fail("system property itup.root.dir is not set; run the tests through the Maven build");
		}
		Path root = Path.of(value).toAbsolutePath().normalize();
		assertTrue(Files.isDirectory(root.resolve("bundles")), "itup.root.dir is not the repository: " + root);
		return root;
	}

	static Path bundle(String name) {
		Path bundle = repositoryRoot().resolve("bundles").resolve(name);
		assertTrue(Files.isRegularFile(bundle.resolve("META-INF/MANIFEST.MF")), "the bundle is missing: " + bundle);
		return bundle;
	}

	static Path eclipseApi() {
		String value = System.getProperty("itup.shared.dir");
		Path shared = Path.of(value == null || value.isBlank() ? "../shared" : value).toAbsolutePath().normalize();
		Path api = shared.resolve("eclipse-api");
		Assumptions.assumeTrue(Files.isDirectory(api), () -> "skipped: the Eclipse API sources are not at " + api
				+ "; pass -Ditup.shared.dir=/path/to/shared to check the editor and the viewpoint against them");
		return api;
	}
}
