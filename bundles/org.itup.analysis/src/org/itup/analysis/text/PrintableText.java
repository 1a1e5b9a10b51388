package org.itup.analysis.text;

/**
 * Plan text as exports write it: control characters other than tab and line ends, and halves of surrogate pairs
 * without their other half, become U+FFFD. The loader already refuses plan texts that hold them, so this only
 * matters for plans generated under {@code --force} and for text from elsewhere (file names); a NUL, ESC or BEL in
 * a CSV or Markdown file breaks the tools that open it, or the terminal that prints it.
 */
public final class PrintableText {

	private static final char REPLACEMENT = '\uFFFD';

	private PrintableText() {
	}

	public static String of(String text) {
		if (text == null || isPrintable(text)) {
			return text;
		}
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			out.append(isUnprintable(text, i) ? REPLACEMENT : text.charAt(i));
		}
		return out.toString();
	}

	private static boolean isPrintable(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (isUnprintable(text, i)) {
				return false;
			}
		}
		return true;
	}

	/** Whether the char at {@code i} is a control character (but tab and line ends) or a lone surrogate. */
	public static boolean isUnprintable(String text, int i) {
		char c = text.charAt(i);
		if (c < 0x20) {
			return c != '\t' && c != '\n' && c != '\r';
		}
		if (c >= 0x7F && c <= 0x9F) {
			return true;
		}
		if (Character.isHighSurrogate(c)) {
			return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
		}
		return Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
	}
}
