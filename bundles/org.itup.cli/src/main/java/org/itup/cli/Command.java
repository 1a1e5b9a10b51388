package org.itup.cli;

import java.io.PrintStream;
import java.util.List;

/**
 * One {@code itup} sub-command (check, generate, lsp). A command parses its own arguments so each can grow
 * options without touching the others.
 */
interface Command {

	/** The word users type after {@code itup}. */
	String name();

	/** The command's line in the general usage text: its syntax and what it does. */
	String synopsis();

	/** The command's own help text. */
	String usage();

	/**
	 * Runs the command and returns its {@link ExitCode}.
	 *
	 * @throws UsageException when the arguments are wrong
	 */
	int run(List<String> args, PrintStream out, PrintStream err);
}
