package org.itup.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** The command line was wrong in a way only the command can tell; shown with that command's usage, exit 2. */
final class UsageError {

	private UsageError() {
	}

	static ParameterException of(CommandSpec command, String message) {
		return new CommandLine.ParameterException(command.commandLine(), message);
	}
}
