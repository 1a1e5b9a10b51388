package org.itup.ide.apicheck;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

/** Compiles one of the repository's Eclipse-only bundles against the index of everything it may wire to. */
final class EclipseOnlyBundles {

	private static BundleIndex index;

	private EclipseOnlyBundles() {
	}

	static synchronized BundleIndex index() {
		if (index == null) {
			Path eclipseApi = ApiCheckFolders.eclipseApi();
			index = BundleIndex.load(ApiCheckFolders.repositoryRoot(), eclipseApi);
		}
		return index;
	}

	static BundleCompilation compile(String bundleName) {
		KnownBundle bundle = index().bundle(bundleName).orElseThrow();
		assertTrue(bundle.location().equals(ApiCheckFolders.bundle(bundleName)),
				() -> bundleName + " was found at " + bundle.location() + ", not in the repository");
		return BundleCompilation.of(bundle, index());
	}
}
