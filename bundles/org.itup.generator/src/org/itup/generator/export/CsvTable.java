package org.itup.generator.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.itup.analysis.text.PrintableText;

/**
 * A table written as RFC 4180 CSV: CRLF line ends, a field in double quotes when it holds a comma, a quote or a line
 * break, quotes inside doubled. Plan text comes out exactly as written, whatever it holds, with one exception:
 * text that a spreadsheet would run as a formula (it starts with {@code = + - @}, a tab or a carriage return and is
 * not a number) gets a leading apostrophe, so opening the file never runs what someone wrote in a plan; and control
 * characters become U+FFFD ({@link PrintableText}).
 */
final class CsvTable {

	private static final Pattern FORMULA_START = Pattern.compile("^[=+\\-@\t\r]");
	private static final Pattern NUMBER = Pattern.compile("[+-]?\\d+(\\.\\d+)?");

	private final List<String> header;
	private final List<List<String>> rows = new ArrayList<>();

	CsvTable(String... header) {
		this.header = List.of(header);
	}

	CsvTable row(Object... fields) {
		if (fields.length != header.size()) {
			throw new IllegalArgumentException("a row of " + header.size() + " fields expected, got " + fields.length);
		}
		rows.add(Arrays.stream(fields).map(field -> field == null ? "" : field.toString()).toList());
		return this;
	}

	CsvTable row(List<String> fields) {
		return row(fields.toArray());
	}

	String render() {
		StringBuilder out = new StringBuilder();
		record(out, header);
		rows.forEach(row -> record(out, row));
		return out.toString();
	}

	private static void record(StringBuilder out, List<String> fields) {
		for (int i = 0; i < fields.size(); i++) {
			if (i > 0) {
				out.append(',');
			}
			out.append(field(fields.get(i)));
		}
		out.append("\r\n");
	}

	private static String field(String given) {
		String text = PrintableText.of(given);
		String value = FORMULA_START.matcher(text).find() && !NUMBER.matcher(text).matches() ? "'" + text : text;
		boolean quoted = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
				|| value.indexOf('\r') >= 0;
		return quoted ? '"' + value.replace("\"", "\"\"") + '"' : value;
	}
}
