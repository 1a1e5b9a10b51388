package org.itup.bench;

import java.util.List;

import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * Reads a command's arguments into its annotated fields with picocli; anything wrong is an
 * {@link IllegalArgumentException} naming it, which {@link Bench} shows with the usage and exit code 2.
 */
final class Options {

	private Options() {
	}

	static void parse(Object command, List<String> args) {
		try {
			new CommandLine(command).parseArgs(args.toArray(String[]::new));
		} catch (ParameterException e) {
			String message = e.getMessage();
			throw new IllegalArgumentException(Character.toLowerCase(message.charAt(0)) + message.substring(1), e);
		}
	}

	/** A count the user gave, refused below its least sensible value. */
	static long atLeast(String name, long value, long minimum) {
		if (value < minimum) {
			throw new IllegalArgumentException(name + " must be at least " + minimum + ", not " + value);
		}
		return value;
	}
}
