package org.itup.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;

/** The files and folders of plans that check and generate read, given anywhere among the options. */
final class PlanPaths {

	@Parameters(paramLabel = "PATH", arity = "0..*", converter = PathArgument.class, description = ".itup files and"
			+ " folders of them; '--' before a path that starts with a dash")
	private List<Path> paths = new ArrayList<>();

	/** At least one path: a command without any would silently check nothing. */
	List<Path> required(CommandSpec command) {
		if (paths.isEmpty()) {
			throw UsageError.of(command, command.name() + " needs at least one file or folder");
		}
		return List.copyOf(paths);
	}
}
