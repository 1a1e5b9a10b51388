package org.itup.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code itup} itself: the general usage, {@code --help} and {@code --version}; the work is its sub-commands'. */
@Command(name = "itup", customSynopsis = "itup COMMAND [ARGUMENTS]", versionProvider = ItupCommand.VersionLine.class,
		commandListHeading = "%nCommands:%n", optionListHeading = "%nOptions:%n", footerHeading = "%nExit codes:%n",
		footer = { "  0  no errors (warnings and infos do not fail)", "  1  the plans have errors",
				"  2  bad usage: unknown command or option, missing or wrong argument",
				"  3  internal error in itup (please report it with the command line that caused it)" })
final class ItupCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Option(names = { "-h", "--help" }, usageHelp = true, description = "Show this help.")
	private boolean help;

	@Option(names = "--version", versionHelp = true, description = "Show the version of itup.")
	private boolean version;

	/** {@code itup} alone: there is nothing to do without a command. */
	@Override
	public Integer call() {
		throw UsageError.of(spec, "no command given");
	}

	static final class VersionLine implements IVersionProvider {

		@Override
		public String[] getVersion() {
			return new String[] { "itup " + Version.current() };
		}
	}
}
