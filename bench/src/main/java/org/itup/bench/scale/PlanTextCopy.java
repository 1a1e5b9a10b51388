package org.itup.bench.scale;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns one file of the ITU example into the same file of another plan: the plan's name and the organisation's
 * acronym replace the example's, every year moves with the plan period, and every string is reworded. Structure,
 * codes (in the ITU style, with the organisation's acronym in sector codes) and comments stay as in the example.
 */
final class PlanTextCopy {

	private static final String EXAMPLE_PLAN = "itu2020";

	/** "ITU" as a word or at the start of a code ("ITU-R"), not inside a longer name. */
	private static final Pattern ORGANISATION = Pattern.compile("(?<![A-Za-z])ITU(?![A-Za-z])");

	/** Years of the example's plan and its baselines; 2030 is left alone as the name of the SDG agenda. */
	private static final Pattern YEAR = Pattern.compile("(?<![\\w.])20[12]\\d(?![\\w.])");

	/** A string, or a comment (matched so that quotes inside comments are never taken for strings). */
	private static final Pattern STRING_OR_COMMENT = Pattern
			.compile("\"((?:[^\"\\\\]|\\\\.)*)\"|//[^\n]*|(?s:/\\*.*?\\*/)");

	private PlanTextCopy() {
	}

	static String copy(String exampleText, ScaledPlan plan, Random random) {
		String text = exampleText.replace(EXAMPLE_PLAN, plan.name());
		text = ORGANISATION.matcher(text).replaceAll(plan.organisation());
		text = shiftYears(text, plan.yearShift());
		return reword(text, new TextVariation(random));
	}

	/** The file name of the copy: the example's {@code itu-r.itup} becomes {@code abc-r.itup}. */
	static String fileName(String exampleFileName, ScaledPlan plan) {
		return exampleFileName.replace("itu-", plan.organisation().toLowerCase(java.util.Locale.ROOT) + "-");
	}

	private static String shiftYears(String text, int shift) {
		if (shift == 0) {
			return text;
		}
		return YEAR.matcher(text).replaceAll(year -> Integer.toString(Integer.parseInt(year.group()) + shift));
	}

	private static String reword(String text, TextVariation variation) {
		Matcher strings = STRING_OR_COMMENT.matcher(text);
		StringBuilder reworded = new StringBuilder(text.length() + text.length() / 8);
		while (strings.find()) {
			String kept = strings.group(1) == null ? strings.group() : '"' + variation.vary(strings.group(1)) + '"';
			strings.appendReplacement(reworded, Matcher.quoteReplacement(kept));
		}
		strings.appendTail(reworded);
		return reworded.toString();
	}
}
