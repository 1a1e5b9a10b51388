package org.itup.generator.export;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.OptionalInt;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.itup.analysis.StrategicPlan;
import org.itup.dsl.load.SourceLine;

/**
 * Where a monitoring figure was written: its file, relative to the folder of the plan's header file (with forward
 * slashes, so exports do not depend on where the folder lies), or the file name alone when the file lies elsewhere;
 * and its line.
 */
record Provenance(String file, OptionalInt line) {

	static Provenance of(EObject element, StrategicPlan plan) {
		return new Provenance(file(element.eResource(), folder(plan)), SourceLine.of(element));
	}

	private static Path folder(StrategicPlan plan) {
		Path file = path(plan.header().eResource());
		return file == null ? null : file.getParent();
	}

	private static String file(Resource resource, Path folder) {
		Path file = path(resource);
		if (file == null) {
			return null;
		}
		if (folder != null && file.startsWith(folder)) {
			return folder.relativize(file).toString().replace('\\', '/');
		}
		return file.getFileName().toString();
	}

	private static Path path(Resource resource) {
		URI uri = resource == null ? null : resource.getURI();
		return uri == null || !uri.isFile() ? null : Paths.get(uri.toFileString()).toAbsolutePath().normalize();
	}
}
