package org.itup.generator.check;

import org.itup.analysis.text.PrintableText;

/**
 * Text as a terminal should show it: control characters (and the bidirectional controls that reorder what is shown)
 * are written as {@code \}{@code uXXXX}. A file named with an ESC or a line break could otherwise forge diagnostic
 * lines or rewrite the screen; plan texts cannot hold them any more, but the check report shows file names too.
 */
public final class TerminalText {

	private TerminalText() {
	}

	public static String of(String text) {
		if (text == null) {
			return null;
		}
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (PrintableText.isUnprintable(text, i) || c < 0x20 || isBidiControl(c)) {
				out.append(String.format("\\u%04X", (int) c));
			} else {
				out.append(c);
			}
		}
		return out.toString();
	}

	/** The embedding, override and isolate controls, which make a line read other than it is. */
	private static boolean isBidiControl(char c) {
		return c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069';
	}
}
