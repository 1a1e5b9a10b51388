package org.itup.generator;

import java.util.Locale;
import java.util.Set;

/**
 * Writes HTML and SVG elements with escaped attribute values and text; numbers are written the same on every machine.
 */
public final class MarkupBuilder {

	private static final Set<String> INLINE = Set.of("a", "span", "tspan", "label", "button", "option", "summary",
			"b", "i", "code");

	private final StringBuilder out = new StringBuilder();

	public MarkupBuilder open(String tag, String... attributes) {
		out.append('<').append(tag);
		attributes(attributes);
		out.append('>');
		return this;
	}

	public MarkupBuilder empty(String tag, String... attributes) {
		out.append('<').append(tag);
		attributes(attributes);
		out.append("/>");
		return this;
	}

	/** Closes an element; block elements end their line, inline ones do not, so no space creeps into the text. */
	public MarkupBuilder close(String tag) {
		out.append("</").append(tag).append('>');
		if (!INLINE.contains(tag)) {
			out.append('\n');
		}
		return this;
	}

	public MarkupBuilder text(String text) {
		out.append(Markup.escape(text));
		return this;
	}

	public MarkupBuilder element(String tag, String text, String... attributes) {
		open(tag, attributes);
		text(text);
		return close(tag);
	}

	public MarkupBuilder raw(String markup) {
		out.append(markup);
		return this;
	}

	/**
	 * One decimal at most, as {@code %.1f} would write it without a trailing ".0". A diagram writes thousands of
	 * numbers and Formatter parses its pattern each time, so values that lie clearly between two roundings are
	 * written by hand; those near a tie (and huge or non-finite ones) still go through Formatter, whose rounding
	 * of the decimal text of a double they must match.
	 */
	public static String number(double value) {
		double tenths = Math.rint(value * 10);
		if (Math.abs(value * 10 - tenths) > 0.4 || !(Math.abs(tenths) < 1e15)) {
			String text = String.format(Locale.ROOT, "%.1f", value);
			return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
		}
		long magnitude = (long) Math.abs(tenths);
		StringBuilder text = new StringBuilder(12);
		if (value < 0 || Double.doubleToRawLongBits(value) < 0) {
			text.append('-');
		}
		text.append(magnitude / 10);
		if (magnitude % 10 != 0) {
			text.append('.').append(magnitude % 10);
		}
		return text.toString();
	}

	/** Attributes come as name, value pairs; a null value leaves the attribute out. */
	private void attributes(String... attributes) {
		for (int i = 0; i + 1 < attributes.length; i += 2) {
			if (attributes[i + 1] != null) {
				out.append(' ').append(attributes[i]).append("=\"").append(Markup.escape(attributes[i + 1])).append('"');
			}
		}
	}

	@Override
	public String toString() {
		return out.toString();
	}
}
