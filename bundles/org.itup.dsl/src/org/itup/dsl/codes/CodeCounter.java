package org.itup.dsl.codes;

/**
 * The part of a code that counts an element among its siblings: {@code {n}} for 1, 2, 3, {@code {a}} for a, b, c
 * and {@code {A}} for A, B, C. Letters go on past z as aa, ab, ... so that long lists still get distinct codes.
 */
enum CodeCounter {

	NUMBER("n", "[0-9]+"), LOWER("a", "[a-z]+"), UPPER("A", "[A-Z]+");

	private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz";

	final String placeholder;

	final String regex;

	CodeCounter(String placeholder, String regex) {
		this.placeholder = placeholder;
		this.regex = regex;
	}

	static CodeCounter named(String placeholder) {
		for (CodeCounter counter : values()) {
			if (counter.placeholder.equals(placeholder)) {
				return counter;
			}
		}
		return null;
	}

	/** The counter's text for the element at this place (0 for the first). */
	String format(int index) {
		return switch (this) {
		case NUMBER -> String.valueOf(index + 1);
		case LOWER -> letter(index);
		case UPPER -> letter(index).toUpperCase(java.util.Locale.ROOT);
		};
	}

	private static String letter(int index) {
		return index < LETTERS.length() ? String.valueOf(LETTERS.charAt(index))
				: letter(index / LETTERS.length() - 1) + LETTERS.charAt(index % LETTERS.length());
	}
}
