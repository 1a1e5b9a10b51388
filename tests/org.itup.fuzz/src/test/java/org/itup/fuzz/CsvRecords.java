package org.itup.fuzz;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;

/**
 * A strict RFC 4180 reader: records end with CRLF, a field is plain text without quotes, commas or line breaks, or
 * quoted with doubled inner quotes. Anything else is a malformed export.
 */
final class CsvRecords {

	private CsvRecords() {
	}

	static List<List<String>> parse(String text) {
		List<List<String>> records = new ArrayList<>();
		List<String> record = new ArrayList<>();
		int i = 0;
		while (i < text.length()) {
			StringBuilder field = new StringBuilder();
			i = text.charAt(i) == '"' ? quoted(text, i + 1, field) : plain(text, i, field);
			record.add(field.toString());
			if (text.startsWith("\r\n", i)) {
				records.add(record);
				record = new ArrayList<>();
				i += 2;
			} else if (i < text.length() && text.charAt(i) == ',') {
				i++;
			} else {
				fail("CSV: unexpected " + (i < text.length() ? "'" + text.charAt(i) + "'" : "end") + " at " + i);
			}
		}
		return records;
	}

	private static int quoted(String text, int start, StringBuilder field) {
		for (int i = start; i < text.length(); i++) {
			if (text.charAt(i) != '"') {
				field.append(text.charAt(i));
			} else if (text.startsWith("\"\"", i)) {
				field.append('"');
				i++;
			} else {
				return i + 1;
			}
		}
		return fail("CSV: a quoted field is not closed");
	}

	private static int plain(String text, int start, StringBuilder field) {
		int i = start;
		while (i < text.length() && ",\r\n\"".indexOf(text.charAt(i)) < 0) {
			field.append(text.charAt(i++));
		}
		return i;
	}
}
