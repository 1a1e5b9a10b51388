package org.itup.analysis.overlap;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How alike two statements are, as the Dice coefficient of their sets of significant words (0 = nothing shared, 1 =
 * the same words). Words are lower-cased and crudely stemmed so "standards" and "standard" count as one; short
 * function words are left out because every statement has them.
 */
final class StatementSimilarity {

	private static final Set<String> FUNCTION_WORDS = Set.of("the", "and", "for", "with", "from", "into", "their",
			"its", "including", "other", "all", "more", "that", "this", "which", "between", "through");

	/** Compiled once: String.split compiles its pattern on every call, once per statement of a large plan. */
	private static final Pattern BETWEEN_WORDS = Pattern.compile("[^\\p{L}\\p{N}]+");

	private StatementSimilarity() {
	}

	static double of(Set<String> a, Set<String> b) {
		if (a.isEmpty() || b.isEmpty()) {
			return 0;
		}
		Set<String> shared = new HashSet<>(a);
		shared.retainAll(b);
		return 2.0 * shared.size() / (a.size() + b.size());
	}

	/** The significant words of a statement, lower-cased and stemmed. */
	static Set<String> words(String statement) {
		Set<String> words = new HashSet<>();
		if (statement == null) {
			return words;
		}
		for (String word : BETWEEN_WORDS.split(statement.toLowerCase(Locale.ROOT))) {
			if (word.length() > 2 && !FUNCTION_WORDS.contains(word)) {
				words.add(stem(word));
			}
		}
		return words;
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
