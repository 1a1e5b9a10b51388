package org.itup.cli;

import java.io.PrintStream;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code itup help [COMMAND]}: the general usage, or one command's, on standard output. */
@Command(name = "help", customSynopsis = "itup help [COMMAND]",
		description = "Shows this help, or the help of one command.")
final class HelpCommand implements Callable<Integer> {

	private final PrintStream out;

	@Spec
	private CommandSpec spec;

	@Parameters(paramLabel = "COMMAND", arity = "0..1", description = "check, generate, lsp or help")
	private String command;

	@Mixin
	private HelpOption help;

	HelpCommand(PrintStream out) {
		this.out = out;
	}

	@Override
	public Integer call() {
		CommandLine itup = spec.commandLine().getParent();
		CommandLine shown = command == null ? itup : itup.getSubcommands().get(command);
		if (shown == null) {
			throw new CommandLine.ParameterException(itup, "unknown command '" + command + "'");
		}
		out.print(shown.getUsageMessage());
		return ExitCode.OK;
	}
}
