package org.itup.analysis.overlap;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The significant words of a statement, which is what two statements are compared by. Words are lower-cased and
 * crudely stemmed so "standards" and "standard" count as one; words of one or two letters and common function words
 * are left out because every statement has them. A word is a run of letters and digits.
 */
final class StatementWords {

	private static final Set<String> FUNCTION_WORDS = Set.of("the", "and", "for", "with", "from", "into", "their",
			"its", "including", "other", "all", "more", "that", "this", "which", "between", "through");

	private StatementWords() {
	}

	/** In order of first appearance; empty for no statement. */
	static Set<String> of(String statement) {
		Set<String> words = new LinkedHashSet<>();
		if (statement == null) {
			return words;
		}
		// scanned by hand: a regular expression split allocates a matcher and an array for every statement
		String text = statement.toLowerCase(Locale.ROOT);
		int start = -1;
		for (int at = 0; at < text.length();) {
			int codePoint = text.codePointAt(at);
			if (!isWordChar(codePoint) && start >= 0) {
				add(text.substring(start, at), words);
				start = -1;
			} else if (isWordChar(codePoint) && start < 0) {
				start = at;
			}
			at += Character.charCount(codePoint);
		}
		if (start >= 0) {
			add(text.substring(start), words);
		}
		return words;
	}

	private static void add(String word, Set<String> words) {
		if (word.length() > 2 && !FUNCTION_WORDS.contains(word)) {
			words.add(stem(word));
		}
	}

	/** Letters and numbers of any script, as the Unicode categories L and N. */
	private static boolean isWordChar(int codePoint) {
		int type = Character.getType(codePoint);
		return Character.isLetterOrDigit(codePoint) || type == Character.LETTER_NUMBER
				|| type == Character.OTHER_NUMBER;
	}

	private static String stem(String word) {
		if (word.endsWith("ies") && word.length() > 4) {
			return word.substring(0, word.length() - 3) + "y";
		}
		if (word.endsWith("s") && !word.endsWith("ss") && word.length() > 3) {
			return word.substring(0, word.length() - 1);
		}
		return word;
	}
}
