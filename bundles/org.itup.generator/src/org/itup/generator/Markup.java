package org.itup.generator;

/**
 * Escaping for HTML and XML text and attribute values. Plan text may hold anything (markup, quotes, ampersands,
 * right-to-left script, {@code ]]>}); escaped this way it shows verbatim and is never read as markup.
 */
public final class Markup {

	private Markup() {
	}

	public static String escape(String text) {
		if (text == null) {
			return "";
		}
		if (isPlain(text)) {
			return text;
		}
		StringBuilder out = new StringBuilder(text.length() + 16);
		text.codePoints().forEach(codePoint -> append(out, codePoint));
		return out.toString();
	}

	/** Most plan text needs no escaping; a report escapes every string of it, so that case copies nothing. */
	private static boolean isPlain(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '&' || c == '<' || c == '>' || c == '"' || c == '\'' || c < 0x20 || c == 0xFFFE || c == 0xFFFF) {
				return false;
			}
		}
		return true;
	}

	private static void append(StringBuilder out, int codePoint) {
		switch (codePoint) {
		case '&' -> out.append("&amp;");
		case '<' -> out.append("&lt;");
		case '>' -> out.append("&gt;");
		case '"' -> out.append("&quot;");
		case '\'' -> out.append("&#39;");
		default -> {
			// XML 1.0 forbids most control characters even as references; a plan string cannot need them
			if (codePoint < 0x20 && codePoint != '\n' && codePoint != '\t' && codePoint != '\r'
					|| codePoint == 0xFFFE || codePoint == 0xFFFF) {
				out.append('\uFFFD');
			} else {
				out.appendCodePoint(codePoint);
			}
		}
		}
	}
}
