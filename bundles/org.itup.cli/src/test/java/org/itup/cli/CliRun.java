package org.itup.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** One in-process run of the command line: its exit code and everything it printed. */
record CliRun(int exitCode, String out, String err) {

	static CliRun of(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int exitCode = Itup.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		return new CliRun(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	/** Whatever went wrong, users never see a Java stack trace or exception class from a plan problem. */
	void assertNoStackTrace() {
		for (String stream : new String[] { out, err }) {
			assertFalse(stream.contains("Exception"), () -> "an exception reached the user:\n" + this);
			assertFalse(stream.contains("\tat "), () -> "a stack trace reached the user:\n" + this);
		}
	}

	@Override
	public String toString() {
		return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
	}
}
