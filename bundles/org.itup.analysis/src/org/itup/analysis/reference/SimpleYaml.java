package org.itup.analysis.reference;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads the flat "key: value" YAML of the SDG title files: plain, single- or double-quoted values, folded over
 * indented continuation lines. Nothing more of YAML is needed or accepted.
 */
final class SimpleYaml {

	private SimpleYaml() {
	}

	static Map<String, String> parse(String text) {
		Map<String, String> entries = new LinkedHashMap<>();
		String key = null;
		StringBuilder value = new StringBuilder();
		for (String line : text.split("\r?\n")) {
			boolean continuation = !line.isEmpty() && Character.isWhitespace(line.charAt(0));
			int colon = line.indexOf(": ");
			if (continuation && key != null) {
				value.append(' ').append(line.strip());
			} else if (colon > 0 && !line.startsWith("#")) {
				put(entries, key, value);
				key = line.substring(0, colon).strip();
				value = new StringBuilder(line.substring(colon + 2).strip());
			}
		}
		put(entries, key, value);
		return entries;
	}

	private static void put(Map<String, String> entries, String key, StringBuilder value) {
		if (key != null) {
			entries.put(key, unquote(value.toString().strip()));
		}
	}

	private static String unquote(String value) {
		if (value.length() >= 2 && value.startsWith("'") && value.endsWith("'")) {
			return value.substring(1, value.length() - 1).replace("''", "'");
		}
		if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
			return value.substring(1, value.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
		}
		return value;
	}
}
