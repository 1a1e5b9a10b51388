package org.itup.cli;

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
}
