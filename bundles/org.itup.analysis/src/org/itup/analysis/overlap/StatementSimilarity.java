package org.itup.analysis.overlap;

import java.util.Set;

/**
 * How alike two statements read: the Dice coefficient of their significant words ({@link StatementWords}), twice
 * the words in common over the words of both. The one measure of likeness of the plan's texts: the overlap rule
 * finds near-duplicate results by it, and the comparison of two plans pairs renumbered or moved elements by it.
 */
public final class StatementSimilarity {

	private StatementSimilarity() {
	}

	/** A statement's significant words, worked out once for a statement compared with many. */
	public static final class Words {
		private final Set<String> words;

		private Words(Set<String> words) {
			this.words = words;
		}
	}

	public static Words wordsOf(String statement) {
		return new Words(StatementWords.of(statement));
	}

	/** From 0 (no significant word in common, or no words at all) to 1 (the same significant words). */
	public static double between(String one, String other) {
		return between(wordsOf(one), wordsOf(other));
	}

	public static double between(Words one, Words other) {
		Set<String> first = one.words;
		Set<String> second = other.words;
		if (first.isEmpty() && second.isEmpty()) {
			return 0;
		}
		int common = (int) first.stream().filter(second::contains).count();
		return dice(common, first.size() + second.size());
	}

	static double dice(int common, int total) {
		return 2.0 * common / total;
	}
}
