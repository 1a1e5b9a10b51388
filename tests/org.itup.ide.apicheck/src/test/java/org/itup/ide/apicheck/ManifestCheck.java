package org.itup.ide.apicheck;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.lang.model.element.TypeElement;

/**
 * Checks a bundle's META-INF/MANIFEST.MF against the known bundles: every required bundle exists, every imported
 * package is exported by one of them, and the activator exists and is a BundleActivator.
 */
final class ManifestCheck {

	private ManifestCheck() {
	}

	static List<String> problemsOf(BundleCompilation compilation, BundleIndex index) {
		KnownBundle bundle = compilation.bundle();
		String file = bundle.location().resolve("META-INF/MANIFEST.MF").toString();
		List<String> problems = new ArrayList<>();
		for (BundleManifest.Clause required : bundle.manifest().requiredBundles()) {
			if (!required.optional() && index.bundle(required.name()).isEmpty()) {
				problems.add(file + ": Require-Bundle names " + required.name()
						+ ", which is no bundle of eclipse-api/, the class path or the repository");
			}
		}
		for (BundleManifest.Clause imported : bundle.manifest().importedPackages()) {
			if (!imported.optional() && index.exportersOf(imported.name()).isEmpty()) {
				problems.add(file + ": Import-Package names " + imported.name() + ", which no known bundle exports");
			}
		}
		activatorProblem(compilation).ifPresent(problem -> problems.add(file + ": " + problem));
		return problems;
	}

	private static Optional<String> activatorProblem(BundleCompilation compilation) {
		String activator = compilation.bundle().manifest().activator();
		if (activator == null) {
			return Optional.empty();
		}
		activator = activator.trim();
		Optional<TypeElement> type = compilation.type(activator);
		Optional<TypeElement> bundleActivator = compilation.type("org.osgi.framework.BundleActivator");
		if (type.isEmpty()) {
			return Optional.of("Bundle-Activator names " + activator + ", which does not exist");
		}
		if (bundleActivator.isEmpty() || !compilation.isSubtype(type.get(), bundleActivator.get())) {
			return Optional.of("Bundle-Activator " + activator + " is not an org.osgi.framework.BundleActivator");
		}
		return Optional.empty();
	}
}
