package org.itup.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * The command line was wrong. Carries the usage text to show with the message, so each command explains its own
 * syntax rather than the general one.
 */
final class UsageException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String usage;

	UsageException(String message, String usage) {
		super(message);
		this.usage = usage;
	}

	String usage() {
		return usage;
	}

	/** A path argument; one the file system cannot represent is a usage error, not a crash. */
	static Path path(String argument, String usage) {
		try {
			return Path.of(argument);
		} catch (InvalidPathException e) {
			throw new UsageException("not a valid path: '" + argument + "'", usage);
		}
	}
}
