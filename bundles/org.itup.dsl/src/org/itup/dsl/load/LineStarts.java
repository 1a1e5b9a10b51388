package org.itup.dsl.load;

import java.util.Arrays;

/**
 * Where the lines of a plan file's text start, for 1-based line and column numbers. A line ends at CR LF, at LF and
 * at a lone CR, as in the lexer and in editors: files saved with old Mac line ends are one line to a count of LF
 * alone, which put every finding on line 1.
 */
final class LineStarts {

	private final int[] starts;

	private LineStarts(int[] starts) {
		this.starts = starts;
	}

	static LineStarts of(CharSequence text) {
		int[] starts = new int[16];
		int count = 1; // line 1 starts at 0
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean crLf = c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n';
			if (c == '\n' || c == '\r' && !crLf) {
				if (count == starts.length) {
					starts = Arrays.copyOf(starts, count * 2);
				}
				starts[count++] = i + 1;
			}
		}
		return new LineStarts(Arrays.copyOf(starts, count));
	}

	/** The 1-based line of a character offset. */
	int line(int offset) {
		int index = Arrays.binarySearch(starts, offset);
		return (index >= 0 ? index : -index - 2) + 1;
	}

	/** The 1-based column of a character offset; columns count characters, as editors do. */
	int column(int offset) {
		return offset - starts[line(offset) - 1] + 1;
	}
}
