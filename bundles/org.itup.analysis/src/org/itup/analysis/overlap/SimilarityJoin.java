package org.itup.analysis.overlap;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Finds every pair of statements, of different sectors, whose Dice coefficient (twice the words in common over the
 * words of both) reaches the threshold, visiting each pair at most once. Two statements can only reach it when they
 * share enough of their words that they must share one among their first few, rarest first (their prefixes; see
 * {@link #probedPrefix} and {@link #indexedPrefix}). Statements are taken shortest first, and each is compared only
 * with those taken before it whose prefix shares a word with its own: common words like "increased" never bring
 * two statements together, and each comparison is a merge of two short sorted arrays that stops as soon as the
 * threshold is out of reach.
 */
final class SimilarityJoin {

	/** Told of each pair found, as indexes into the statements. */
	interface Pairs {
		void found(int one, int other, double similarity);
	}

	private final double threshold;

	SimilarityJoin(double threshold) {
		this.threshold = threshold;
	}

	/**
	 * @param statements each statement's word ranks, sorted, rarest first ({@link WordRanks})
	 * @param sectors each statement's sector; statements of the same sector are never paired
	 */
	void join(List<int[]> statements, int[] sectors, Pairs pairs) {
		int[] needed = wordsToShare(statements);
		List<Indexes> byPrefixWord = new ArrayList<>();
		boolean[] met = new boolean[statements.size()];
		Indexes candidates = new Indexes();
		for (int later : shortestFirst(statements)) {
			int[] words = statements.get(later);
			for (int at = 0; at < probedPrefix(words.length); at++) {
				meet(postings(byPrefixWord, words[at]), met, candidates);
			}
			for (int i = 0; i < candidates.size; i++) {
				int earlier = candidates.items[i];
				met[earlier] = false;
				if (sectors[earlier] != sectors[later]) {
					compare(earlier, later, needed[words.length + statements.get(earlier).length], statements, pairs);
				}
			}
			candidates.size = 0;
			for (int at = 0; at < indexedPrefix(words.length); at++) {
				postings(byPrefixWord, words[at]).add(later);
			}
		}
	}

	/** Adds the statements of a word's postings not yet met to the candidates. */
	private static void meet(Indexes postings, boolean[] met, Indexes candidates) {
		for (int i = 0; i < postings.size; i++) {
			if (!met[postings.items[i]]) {
				met[postings.items[i]] = true;
				candidates.add(postings.items[i]);
			}
		}
	}

	private static void compare(int earlier, int later, int needed, List<int[]> statements, Pairs pairs) {
		int[] first = statements.get(earlier);
		int[] second = statements.get(later);
		int common = common(first, second, needed);
		if (common >= needed) {
			pairs.found(earlier, later, StatementSimilarity.dice(common, first.length + second.length));
		}
	}

	/**
	 * The leading words of a statement, one of which any statement taken before it (so no longer) and reaching the
	 * threshold with it must share: such a statement has at least t/(2-t) as many words, so they have at least
	 * t/(2-t) of this one's words in common.
	 */
	int probedPrefix(int size) {
		return prefix(size, threshold / (2 - threshold));
	}

	/**
	 * The leading words by which a statement is found by those taken after it: they are no shorter, so a pair
	 * reaching the threshold has at least t of this one's words in common, and fewer of its words need indexing.
	 */
	int indexedPrefix(int size) {
		return prefix(size, threshold);
	}

	private static int prefix(int size, double shareOfWords) {
		int mustShare = (int) Math.ceil(shareOfWords * size - 1e-9);
		return Math.min(size, Math.max(1, size - mustShare + 1));
	}

	private static int[] shortestFirst(List<int[]> statements) {
		return IntStream.range(0, statements.size()).boxed()
				.sorted(Comparator.comparingInt(index -> statements.get(index).length)).mapToInt(Integer::intValue)
				.toArray();
	}

	/** For each total of two statements' words, the fewest words in common with which they reach the threshold. */
	private int[] wordsToShare(List<int[]> statements) {
		int longest = statements.stream().mapToInt(words -> words.length).max().orElse(0);
		int[] needed = new int[2 * longest + 1];
		for (int total = 1; total < needed.length; total++) {
			int count = 0;
			while (count <= total && StatementSimilarity.dice(count, total) < threshold) {
				count++;
			}
			needed[total] = count;
		}
		return needed;
	}

	/**
	 * The words two sorted statements have in common; it stops, with fewer than {@code needed}, as soon as the words
	 * left cannot make up the difference, which for most candidates is after a few words.
	 */
	private static int common(int[] first, int[] second, int needed) {
		int count = 0;
		for (int i = 0, j = 0; i < first.length && j < second.length;) {
			if (count + Math.min(first.length - i, second.length - j) < needed) {
				return count;
			}
			if (first[i] == second[j]) {
				count++;
				i++;
				j++;
			} else if (first[i] < second[j]) {
				i++;
			} else {
				j++;
			}
		}
		return count;
	}

	private static Indexes postings(List<Indexes> byPrefixWord, int word) {
		while (byPrefixWord.size() <= word) {
			byPrefixWord.add(new Indexes());
		}
		return byPrefixWord.get(word);
	}

	/** A growing list of statement indexes, unboxed: a large plan walks these lists hundreds of millions of times. */
	private static final class Indexes {
		private int[] items = new int[4];
		private int size;

		void add(int index) {
			if (size == items.length) {
				items = Arrays.copyOf(items, size * 2);
			}
			items[size++] = index;
		}
	}
}
