package org.itup.generator.skeleton;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The protected regions of a skeleton: the text between a {@code // BEGIN PROTECTED REGION key} line and its
 * {@code // END PROTECTED REGION key} line, which belongs to the person who wrote it. A region's content is every
 * character after the begin line's line break up to the start of the end line, exactly as in the file.
 */
public final class ProtectedRegions {

	static final String BEGIN = "// BEGIN PROTECTED REGION ";
	static final String END = "// END PROTECTED REGION ";

	/** Only '\n' ends a line, so a region's content is never cut at a character other tools see as a break. */
	private static final Pattern MARKER = Pattern.compile("(?md)^[ \\t]*// (BEGIN|END) PROTECTED REGION ([^\\r\\n]*)");

	private ProtectedRegions() {
	}

	/** A skeleton's regions by key, in file order, and its text with every region's content left out. */
	record Reading(Map<String, String> regions, String outside) {
	}

	/**
	 * Reads every region, by key, in file order. Markers that do not pair up are refused, naming the line: guessing
	 * where a region ends could throw away what someone wrote.
	 */
	public static Map<String, String> read(String text, String fileName) throws IOException {
		return reading(text, fileName).regions();
	}

	static Reading reading(String text, String fileName) throws IOException {
		Map<String, String> regions = new LinkedHashMap<>();
		StringBuilder outside = new StringBuilder();
		int outsideFrom = 0;
		Matcher marker = MARKER.matcher(text);
		String openKey = null;
		int contentStart = 0;
		while (marker.find()) {
			String key = marker.group(2).strip();
			boolean begin = marker.group(1).equals("BEGIN");
			if (begin == (openKey != null) || !begin && !key.equals(openKey) || begin && regions.containsKey(key)) {
				throw damaged(text, marker.start(), fileName, begin, key, openKey);
			}
			if (begin) {
				openKey = key;
				int lineEnd = text.indexOf('\n', marker.end());
				contentStart = lineEnd < 0 ? text.length() : lineEnd + 1;
			} else {
				regions.put(openKey, text.substring(contentStart, marker.start()));
				outside.append(text, outsideFrom, contentStart);
				outsideFrom = marker.start();
				openKey = null;
			}
		}
		if (openKey != null) {
			throw new IOException(fileName + ": protected region '" + openKey + "' has no '" + END + openKey
					+ "' line; restore it by hand, nothing was regenerated");
		}
		return new Reading(regions, outside.append(text, outsideFrom, text.length()).toString());
	}

	private static IOException damaged(String text, int offset, String fileName, boolean begin, String key,
			String openKey) {
		long line = text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
		String problem;
		if (begin && openKey != null) {
			problem = "a region begins inside region '" + openKey + "'";
		} else if (begin) {
			problem = "protected region '" + key + "' appears twice";
		} else {
			problem = openKey == null ? "region '" + key + "' ends but never began"
					: "region '" + openKey + "' is closed by an end line for '" + key + "'";
		}
		return new IOException(fileName + ":" + line + ": " + problem
				+ "; fix the marker lines by hand, nothing was regenerated");
	}
}
