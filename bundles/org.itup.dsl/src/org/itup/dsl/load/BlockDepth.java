package org.itup.dsl.load;

/**
 * The deepest block of a plan file's text and where its opening brace is (1-based line and column), found without
 * the parser, which is what failed on it. Braces inside strings and comments do not count.
 */
record BlockDepth(int depth, int line, int column) {

	static BlockDepth deepest(String text) {
		BlockDepth deepest = new BlockDepth(0, 0, 0);
		int depth = 0;
		int deepestAt = -1;
		int skipUntil = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (i < skipUntil) {
				continue;
			} else if (c == '"' || c == '\'') {
				skipUntil = endOfString(text, i, c) + 1;
			} else if (text.startsWith("//", i)) {
				skipUntil = endOfLine(text, i);
			} else if (text.startsWith("/*", i)) {
				skipUntil = endOf(text, text.indexOf("*/", i + 2)) + 2;
			} else if (c == '{' && ++depth > deepest.depth) {
				deepest = new BlockDepth(depth, 0, 0);
				deepestAt = i;
			} else if (c == '}') {
				depth = Math.max(0, depth - 1);
			}
		}
		if (deepestAt < 0) {
			return deepest;
		}
		LineStarts lines = LineStarts.of(text);
		return new BlockDepth(deepest.depth, lines.line(deepestAt), lines.column(deepestAt));
	}

	/** A line comment ends at the line's end, whichever of LF, CR LF or a lone CR ends it. */
	private static int endOfLine(String text, int from) {
		for (int i = from; i < text.length(); i++) {
			if (text.charAt(i) == '\n' || text.charAt(i) == '\r') {
				return i;
			}
		}
		return text.length();
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
