package org.itup.dsl.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.itup.dsl.load.PlanDiagnostic.Severity;
import org.itup.dsl.validation.IssueCodes;

/**
 * Finds the plan files under the paths a user names: named {@code .itup} files are taken as given, folders are
 * searched for them, skipping hidden folders and build output.
 */
final class PlanFiles {

	static final String EXTENSION = ".itup";

	private PlanFiles() {
	}

	static List<Path> collect(List<Path> roots, Consumer<PlanDiagnostic> problems) {
		TreeSet<Path> files = new TreeSet<>();
		for (Path root : roots) {
			Path path = root.toAbsolutePath().normalize();
			if (!Files.exists(path)) {
				problems.accept(PlanDiagnostic.aboutFile(root, Severity.ERROR, "no such file or folder",
						IssueCodes.NO_PLAN_FILES));
			} else if (Files.isDirectory(path)) {
				List<Path> found = planFilesIn(path);
				if (found.isEmpty()) {
					problems.accept(PlanDiagnostic.aboutFile(root, Severity.ERROR,
							"no " + EXTENSION + " files in this folder", IssueCodes.NO_PLAN_FILES));
				}
				files.addAll(found);
			} else if (!path.getFileName().toString().endsWith(EXTENSION)) {
				// the language is registered by extension: another name would get no parser at all
				problems.accept(PlanDiagnostic.aboutFile(root, Severity.ERROR,
						"not a plan file: the names of plan files end in " + EXTENSION, IssueCodes.NO_PLAN_FILES));
			} else {
				files.add(path);
			}
		}
		return new ArrayList<>(files);
	}

	private static List<Path> planFilesIn(Path folder) {
		try (Stream<Path> walk = Files.walk(folder)) {
			return walk.filter(path -> !isSkipped(folder, path))
					.filter(path -> path.getFileName().toString().endsWith(EXTENSION))
					.filter(Files::isRegularFile)
					.sorted()
					.toList();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static boolean isSkipped(Path root, Path path) {
		for (Path segment : root.relativize(path)) {
			String name = segment.toString();
			if (name.startsWith(".") || name.equals("target") || name.equals("node_modules")) {
				return true;
			}
		}
		return false;
	}
}
