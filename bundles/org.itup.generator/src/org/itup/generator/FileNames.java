package org.itup.generator;

/**
 * File names made from plan names and codes. Whatever a plan calls itself, the name is one plain path segment:
 * letters, digits, dot, dash and underscore, never starting with a dot, never empty. {@link OutputFolder} checks again.
 */
public final class FileNames {

	private static final int LONGEST = 100;

	private FileNames() {
	}

	public static String segment(String name) {
		if (name == null || name.isBlank()) {
			return "unnamed";
		}
		StringBuilder safe = new StringBuilder();
		name.codePoints().limit(LONGEST).forEach(c -> safe.append(isSafe(c) ? (char) c : '_'));
		while (safe.length() > 0 && safe.charAt(0) == '.') {
			safe.setCharAt(0, '_');
		}
		return safe.toString();
	}

	private static boolean isSafe(int c) {
		return c < 128 && (Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '_');
	}
}
