package org.itup.dsl.load;

/**
 * The deepest block of a plan file's text and where its opening brace is (1-based line and column), found without
 * the parser, which is what failed on it. Braces inside strings and comments do not count.
 */
record BlockDepth(int depth, int line, int column) {

	static BlockDepth deepest(String text) {
		BlockDepth deepest = new BlockDepth(0, 0, 0);
		int depth = 0;
		int line = 1;
		int lineStart = 0;
		int skipUntil = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\n') {
				line++;
				lineStart = i + 1;
			} else if (i < skipUntil) {
				continue;
			} else if (c == '"' || c == '\'') {
				skipUntil = endOfString(text, i, c) + 1;
			} else if (text.startsWith("//", i)) {
				skipUntil = endOf(text, text.indexOf('\n', i));
			} else if (text.startsWith("/*", i)) {
				skipUntil = endOf(text, text.indexOf("*/", i + 2)) + 2;
			} else if (c == '{' && ++depth > deepest.depth) {
				deepest = new BlockDepth(depth, line, i - lineStart + 1);
			} else if (c == '}') {
				depth = Math.max(0, depth - 1);
			}
		}
		return deepest;
	}

	private static int endOf(String text, int found) {
		return found < 0 ? text.length() : found;
	}

	/** The index of the quote that closes the string opened at {@code start}, or the end of the text. */
	private static int endOfString(String text, int start, char quote) {
		for (int i = start + 1; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\\') {
				i++;
			} else if (c == quote) {
				return i;
			}
		}
		return text.length();
	}
}
