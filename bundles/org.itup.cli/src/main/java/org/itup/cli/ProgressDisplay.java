package org.itup.cli;

import java.io.PrintStream;

import org.itup.generator.GenerationProgress;

/**
 * Shows a generation run: on a terminal, one bar redrawn in place; in a log or a pipe, one plain line per format,
 * since carriage returns garble logs.
 */
final class ProgressDisplay implements GenerationProgress {

	private static final int WIDTH = 30;

	private final PrintStream err;
	private final boolean terminal;

	ProgressDisplay(PrintStream err, boolean terminal) {
		this.err = err;
		this.terminal = terminal;
	}

	@Override
	public void starting(String format, int done, int total) {
		if (terminal) {
			err.print("\r" + bar(done, total) + " " + format + "      ");
		} else {
			err.println("generating " + format + " (" + (done + 1) + "/" + total + ")");
		}
		err.flush();
	}

	@Override
	public void finished(int total) {
		if (terminal) {
			err.println("\r" + bar(total, total) + " done      ");
		}
	}

	private static String bar(int done, int total) {
		int filled = total == 0 ? WIDTH : done * WIDTH / total;
		return "[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + done + "/" + total;
	}
}
