package org.itup.analysis.overlap;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words of a statement that another statement must share with it to reach the similarity threshold: its rarest
 * words across the plan. Two statements with a Dice coefficient of at least t have at least t/(2-t) of the smaller
 * one's words in common, so when both lists of words are ordered alike, rarest first, they share a word among the
 * first |words| - that + 1 of each. Comparing only statements that share such a word keeps a large plan from being
 * compared pair by pair through common words like "increased", with no overlap missed.
 */
final class DistinctiveWords {

	private final double threshold;
	private final Map<String, Integer> frequency = new HashMap<>();

	DistinctiveWords(double threshold, Iterable<Set<String>> statements) {
		this.threshold = threshold;
		statements.forEach(words -> words.forEach(word -> frequency.merge(word, 1, Integer::sum)));
	}

	List<String> of(Set<String> words) {
		int size = words.size();
		int mustShare = (int) Math.ceil(threshold * size / (2 - threshold) - 1e-9);
		int length = Math.min(size, Math.max(1, size - mustShare + 1));
		return words.stream()
				.sorted(Comparator.comparing((String word) -> frequency.getOrDefault(word, 0))
						.thenComparing(Comparator.naturalOrder()))
				.limit(length).toList();
	}
}
