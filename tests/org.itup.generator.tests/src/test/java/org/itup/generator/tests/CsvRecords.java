package org.itup.generator.tests;

import java.util.ArrayList;
import java.util.List;

/** A strict RFC 4180 reader for the tests: records end with CRLF, quoted fields may hold anything. */
public final class CsvRecords {

	private CsvRecords() {
	}

	public static List<List<String>> parse(String text) {
		List<List<String>> records = new ArrayList<>();
		List<String> record = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				} else if (c == '"') {
					quoted = false;
				} else {
					field.append(c);
				}
			} else if (c == '"' && field.isEmpty()) {
				quoted = true;
			} else if (c == ',') {
				record.add(field.toString());
				field.setLength(0);
			} else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
				record.add(field.toString());
				field.setLength(0);
				records.add(record);
				record = new ArrayList<>();
				i++;
			} else {
				field.append(c);
			}
		}
		if (!record.isEmpty() || !field.isEmpty()) {
			throw new AssertionError("the last record does not end with CRLF");
		}
		return records;
	}
}
