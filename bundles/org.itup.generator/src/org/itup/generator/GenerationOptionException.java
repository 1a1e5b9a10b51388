package org.itup.generator;

/**
 * A generation option the plans cannot satisfy (an unknown format, a sector no plan has, a year that is not one):
 * the user's mistake, shown as a usage error with what would have worked.
 */
public final class GenerationOptionException extends IllegalArgumentException {

	private static final long serialVersionUID = 1L;

	public GenerationOptionException(String message) {
		super(message);
	}
}
