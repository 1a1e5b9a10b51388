package org.itup.dsl.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Finds the rule settings that apply to a plan file: the nearest {@value RuleSettings#FILE_NAME} in its folder or a
 * folder above it, up to the folder the user named (a settings file elsewhere on the machine never applies). Each
 * settings file is read, and its problems reported, once.
 */
public final class RuleSettingsLookup {

	private final List<Path> roots;
	private final Consumer<PlanDiagnostic> problems;
	private final Map<Path, RuleSettings> byFolder = new HashMap<>();

	public RuleSettingsLookup(List<Path> roots, Consumer<PlanDiagnostic> problems) {
		this.roots = roots.stream().map(root -> root.toAbsolutePath().normalize())
				.map(root -> Files.isDirectory(root) ? root : root.getParent()).toList();
		this.problems = problems;
	}

	public RuleSettings forFile(Path file) {
		Path top = roots.stream().filter(file::startsWith).findFirst().orElse(file.getParent());
		for (Path folder = file.getParent(); folder != null; folder = folder.getParent()) {
			Path candidate = folder.resolve(RuleSettings.FILE_NAME);
			if (Files.isRegularFile(candidate)) {
				return byFolder.computeIfAbsent(folder, key -> RuleSettings.read(candidate, problems));
			}
			if (folder.equals(top)) {
				break;
			}
		}
		return RuleSettings.none();
	}
}
