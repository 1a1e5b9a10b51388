package org.itup.ide.apicheck;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.Manifest;

/**
 * The OSGi headers of one bundle that the wiring check reads. A header lists clauses separated by commas outside
 * quotes (version ranges contain commas); each clause is a name followed by {@code ;}-separated directives.
 */
record BundleManifest(String symbolicName, List<Clause> requiredBundles, List<Clause> importedPackages,
		List<Clause> exportedPackages, String activator) {

	record Clause(String name, String parameters) {

		boolean reexported() {
			return parameters.replace(" ", "").contains("visibility:=reexport");
		}

		boolean optional() {
			return parameters.replace(" ", "").contains("resolution:=optional");
		}
	}

	/** Reads a manifest; a jar that is not a bundle (no symbolic name) gives {@code null}. */
	static BundleManifest read(InputStream in) throws IOException {
		Attributes headers = new Manifest(in).getMainAttributes();
		List<Clause> name = clauses(headers.getValue("Bundle-SymbolicName"));
		if (name.isEmpty()) {
			return null;
		}
		return new BundleManifest(name.get(0).name(), clauses(headers.getValue("Require-Bundle")),
				clauses(headers.getValue("Import-Package")), clauses(headers.getValue("Export-Package")),
				headers.getValue("Bundle-Activator"));
	}

	/** This manifest without one of its required bundles, as if someone had dropped it. */
	BundleManifest withoutRequired(String bundleName) {
		return new BundleManifest(symbolicName, requiredBundles.stream().filter(clause -> !clause.name().equals(
				bundleName)).toList(), importedPackages, exportedPackages, activator);
	}

	boolean exports(String packageName) {
		return exportedPackages.stream().anyMatch(clause -> clause.name().equals(packageName));
	}

	static List<Clause> clauses(String header) {
		List<Clause> clauses = new ArrayList<>();
		if (header == null) {
			return clauses;
		}
		for (String clause : splitOutsideQuotes(header)) {
			// one clause may name several packages that share their directives: "a;b;version=1"
			List<String> names = new ArrayList<>();
			StringBuilder parameters = new StringBuilder();
			for (String token : clause.split(";")) {
				if (token.contains("=")) {
					parameters.append(token.trim()).append(';');
				} else if (!token.isBlank()) {
					names.add(token.trim());
				}
			}
			names.forEach(name -> clauses.add(new Clause(name, parameters.toString())));
		}
		return clauses;
	}

	private static List<String> splitOutsideQuotes(String header) {
		List<String> parts = new ArrayList<>();
		StringBuilder part = new StringBuilder();
		boolean quoted = false;
		for (char c : header.toCharArray()) {
			if (c == '"') {
				quoted = !quoted;
			}
			if (c == ',' && !quoted) {
				parts.add(part.toString());
				part.setLength(0);
			} else {
				part.append(c);
			}
		}
		parts.add(part.toString());
		return parts;
	}
}
