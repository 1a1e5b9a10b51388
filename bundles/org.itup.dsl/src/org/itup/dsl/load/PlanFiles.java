package org.itup.dsl.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Consumer;

import org.itup.dsl.load.PlanDiagnostic.Severity;
import org.itup.dsl.validation.IssueCodes;

/**
 * Finds the plan files under the paths a user names: named {@code .itup} files are taken as given when they are
 * regular files, folders are searched for them ({@link PlanFolderWalk}).
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
				List<Path> found = PlanFolderWalk.planFiles(path, problems);
				if (found.isEmpty()) {
					problems.accept(PlanDiagnostic.aboutFile(root, Severity.ERROR,
							"no " + EXTENSION + " files in this folder", IssueCodes.NO_PLAN_FILES));
				}
				files.addAll(found);
			} else if (!path.getFileName().toString().endsWith(EXTENSION)) {
				// the language is registered by extension: another name would get no parser at all
				problems.accept(PlanDiagnostic.aboutFile(root, Severity.ERROR,
						"not a plan file: the names of plan files end in " + EXTENSION, IssueCodes.NO_PLAN_FILES));
			} else if (!Files.isRegularFile(path)) {
				// reading a pipe waits forever, and a device such as /dev/zero never ends
				problems.accept(PlanDiagnostic.aboutFile(root, Severity.ERROR, PlanFolderWalk.notRegular(),
						IssueCodes.UNREADABLE_FILE));
			} else {
				files.add(path);
			}
		}
		return new ArrayList<>(files);
	}
}
