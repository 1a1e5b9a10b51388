package org.itup.analysis.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;


/**
 * Plan text made safe for Markdown: it renders as the very characters the planner wrote, never as markup, links or
 * HTML (so a {@code <script>} in a title is shown, not run). Table cells also escape the column bar and turn line
 * breaks into {@code <br>}, the only line break a table cell can hold. The Markdown export and the language
 * server's hovers both show plan text this way, so a title that is harmless in one is harmless in the other.
 */
public final class MarkdownText {

	/** Characters that are markup wherever they stand. */
	private static final String ALWAYS_ESCAPED = "\\`*_[]<>|&~#";
	/** What makes a line a heading, list item, block quote or rule when it comes first on the line. */
	private static final Pattern LINE_START_MARKUP = Pattern.compile("(?m)^([ \\t]*)(-|\\+|=|\\d+(?=[.)]))");

	private MarkdownText() {
	}

	/** Text that starts a paragraph or list item; its line breaks stay line breaks. */
	public static String inline(String text) {
		return lines(text, true);
	}

	/** Text that follows other text on its line (a code after a heading's words, a title after a code). */
	public static String phrase(String text) {
		return lines(text, false);
	}

	private static String lines(String text, boolean atLineStart) {
		if (text == null) {
			return "";
		}
		String escaped = escapeLineStarts(escapeAlways(text.replace("\r\n", "\n")), atLineStart);
		return escaped.replace("\n", "\\\n");
	}

	/** Text inside a table cell. */
	public static String cell(String text) {
		if (text == null) {
			return "";
		}
		return escapeAlways(text.replace("\r\n", "\n")).replace("\r", "\n").replace("\n", "<br>");
	}

	/** Markup characters escaped, and control characters replaced ({@link PrintableText}). */
	private static String escapeAlways(String text) {
		StringBuilder out = new StringBuilder(text.length() + 16);
		for (char c : PrintableText.of(text).toCharArray()) {
			if (ALWAYS_ESCAPED.indexOf(c) >= 0) {
				out.append('\\');
			}
			out.append(c);
		}
		return out.toString();
	}

	/** A digit run before '.' or ')' is escaped at its end, since only the dot or bracket makes it a list. */
	private static String escapeLineStarts(String text, boolean atLineStart) {
		Matcher matcher = LINE_START_MARKUP.matcher(text);
		StringBuilder out = new StringBuilder();
		while (matcher.find()) {
			if (matcher.start() == 0 && !atLineStart) {
				continue;
			}
			String marker = matcher.group(2);
			String replacement = Character.isDigit(marker.charAt(0)) ? marker + "\\" : "\\" + marker;
			matcher.appendReplacement(out, Matcher.quoteReplacement(matcher.group(1) + replacement));
		}
		matcher.appendTail(out);
		return out.toString();
	}
}
