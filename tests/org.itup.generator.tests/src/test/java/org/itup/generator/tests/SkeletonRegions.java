package org.itup.generator.tests;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds a protected region's content in a skeleton's text, the way a person's editor would see it. */
record SkeletonRegions(String text) {

	/** Start (inclusive) and end (exclusive) of the content of the region with this key. */
	int[] content(String key) {
		Matcher begin = Pattern.compile("(?m)^[ \\t]*// BEGIN PROTECTED REGION " + Pattern.quote(key) + "\n")
				.matcher(text);
		Matcher end = Pattern.compile("(?m)^[ \\t]*// END PROTECTED REGION " + Pattern.quote(key) + "$").matcher(text);
		if (!begin.find() || !end.find(begin.end())) {
			throw new AssertionError("no region '" + key + "' in:\n" + text);
		}
		return new int[] { begin.end(), end.start() };
	}

	String contentOf(String key) {
		int[] range = content(key);
		return text.substring(range[0], range[1]);
	}

	String withContent(String key, String content) {
		int[] range = content(key);
		return text.substring(0, range[0]) + content + text.substring(range[1]);
	}
}
