package org.itup.cli;

import picocli.CommandLine.Option;

/** {@code -h, --help} of every command, so each command's help reads the same. */
final class HelpOption {

	@Option(names = { "-h", "--help" }, usageHelp = true, description = "Show this help.")
	boolean help;
}
