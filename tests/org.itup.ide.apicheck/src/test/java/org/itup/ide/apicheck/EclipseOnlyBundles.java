package org.itup.ide.apicheck;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** Compiles one of the repository's Eclipse-only bundles against the index of everything it may wire to. */
final class EclipseOnlyBundles {

	private static BundleIndex index;
	private static ExtensionPoints extensionPoints;

	private EclipseOnlyBundles() {
	}

	static synchronized BundleIndex index() {
		if (index == null) {
			Path eclipseApi = ApiCheckFolders.eclipseApi();
			index = BundleIndex.load(ApiCheckFolders.repositoryRoot(), eclipseApi);
		}
		return index;
	}

	static synchronized ExtensionPoints extensionPoints() {
		if (extensionPoints == null) {
			extensionPoints = ExtensionPoints.declaredIn(index());
		}
		return extensionPoints;
	}

	/** The metamodels a viewpoint may name: itup's own, Sirius's (shared folder) and the upstream bundles'. */
	static Set<String> knownPackageUris() {
		Path eclipseApi = ApiCheckFolders.eclipseApi();
		return OdesignCheck.packageUrisUnder(List.of(ApiCheckFolders.bundle("org.itup.model").resolve("model"),
				eclipseApi, eclipseApi.resolveSibling("sirius").resolve("metamodels")));
	}

	static BundleCompilation compile(String bundleName) {
		KnownBundle bundle = index().bundle(bundleName).orElseThrow();
		assertTrue(bundle.location().equals(ApiCheckFolders.bundle(bundleName)),
				() -> bundleName + " was found at " + bundle.location() + ", not in the repository");
		return BundleCompilation.of(bundle, index());
	}
}
