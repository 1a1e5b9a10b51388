package org.itup.generator.check;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Just enough of a JSON writer for reports: objects, arrays, strings, numbers and null, indented by two spaces. It
 * exists because this bundle is resolved from a target platform where adding a JSON library costs more than these
 * lines. Callers are trusted to nest correctly; there is no validation of the call sequence.
 */
final class JsonWriter {

	private static final String INDENT = "  ";

	private final StringBuilder out = new StringBuilder();
	/** One entry per open object or array: whether it has a member yet, which decides on the comma. */
	private final Deque<Boolean> hasMember = new ArrayDeque<>();
	private boolean afterName;

	JsonWriter beginObject() {
		return open('{');
	}

	JsonWriter endObject() {
		return close('}');
	}

	JsonWriter beginArray() {
		return open('[');
	}

	JsonWriter endArray() {
		return close(']');
	}

	JsonWriter name(String name) {
		beforeValue();
		string(name);
		out.append(": ");
		afterName = true;
		return this;
	}

	JsonWriter value(String value) {
		beforeValue();
		if (value == null) {
			out.append("null");
		} else {
			string(value);
		}
		return this;
	}

	JsonWriter value(long value) {
		beforeValue();
		out.append(value);
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
			character(value.charAt(i));
		}
		out.append('"');
	}

	/**
	 * Escapes what JSON requires (quote, backslash, control characters) and also surrogates and the two JavaScript
	 * line separators, so the output stays valid whatever encoding or lone surrogate it meets.
	 */
	private void character(char c) {
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
