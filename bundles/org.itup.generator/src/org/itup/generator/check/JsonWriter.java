package org.itup.generator.check;

import java.util.ArrayDeque;
import java.util.Deque;

import org.itup.analysis.text.PrintableText;

/**
 * Just enough of a JSON writer for reports and exports: objects, arrays, strings, numbers and null, indented by two spaces. It
 * exists because this bundle is resolved from a target platform where adding a JSON library costs more than these
 * lines. Callers are trusted to nest correctly; there is no validation of the call sequence.
 */
public final class JsonWriter {

	private static final String INDENT = "  ";

	private final StringBuilder out = new StringBuilder();
	/** One entry per open object or array: whether it has a member yet, which decides on the comma. */
	private final Deque<Boolean> hasMember = new ArrayDeque<>();
	private boolean afterName;

	public JsonWriter beginObject() {
		return open('{');
	}

	public JsonWriter endObject() {
		return close('}');
	}

	public JsonWriter beginArray() {
		return open('[');
	}

	public JsonWriter endArray() {
		return close(']');
	}

	public JsonWriter name(String name) {
		beforeValue();
		string(name);
		out.append(": ");
		afterName = true;
		return this;
	}

	public JsonWriter value(String value) {
		beforeValue();
		if (value == null) {
			out.append("null");
		} else {
			string(value);
		}
		return this;
	}

	public JsonWriter value(long value) {
		beforeValue();
		out.append(value);
		return this;
	}

	public JsonWriter value(boolean value) {
		beforeValue();
		out.append(value);
		return this;
	}

	/** A decimal as written in the plan, never in exponent form, so 0.00001 stays readable and exact. */
	public JsonWriter value(java.math.BigDecimal value) {
		beforeValue();
		out.append(value == null ? "null" : value.toPlainString());
		return this;
	}

	@Override
	public String toString() {
		return out + "\n";
	}

	private JsonWriter open(char bracket) {
		beforeValue();
		out.append(bracket);
		hasMember.push(false);
		return this;
	}

	private JsonWriter close(char bracket) {
		if (hasMember.pop()) {
			newLine();
		}
		out.append(bracket);
		return this;
	}

	private void beforeValue() {
		if (afterName) {
			afterName = false;
			return;
		}
		if (!hasMember.isEmpty()) {
			if (hasMember.pop()) {
				out.append(',');
			}
			hasMember.push(true);
			newLine();
		}
	}

	private void newLine() {
		out.append('\n').append(INDENT.repeat(hasMember.size()));
	}

	private void string(String value) {
		out.append('"');
		for (int i = 0; i < value.length(); i++) {
			character(value, i);
		}
		out.append('"');
	}

	/**
	 * Escapes what JSON requires (quote, backslash, control characters) and also surrogates and the two JavaScript
	 * line separators, so the output stays valid whatever encoding it meets. A lone surrogate becomes U+FFFD: it is no
	 * character, and strict readers refuse even its escape.
	 */
	private void character(String text, int i) {
		char c = PrintableText.isUnprintable(text, i) && Character.isSurrogate(text.charAt(i)) ? '\uFFFD'
				: text.charAt(i);
		switch (c) {
		case '"' -> out.append("\\\"");
		case '\\' -> out.append("\\\\");
		case '\n' -> out.append("\\n");
		case '\r' -> out.append("\\r");
		case '\t' -> out.append("\\t");
		case '\b' -> out.append("\\b");
		case '\f' -> out.append("\\f");
		default -> {
			if (c < 0x20 || c == '\u2028' || c == '\u2029' || Character.isSurrogate(c)) {
				out.append(String.format("\\u%04x", (int) c));
			} else {
				out.append(c);
			}
		}
		}
	}
}
