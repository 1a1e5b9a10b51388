package org.itup.analysis.overlap;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Statements as sorted arrays of word ranks, where rank 0 is the plan's rarest word. Both the prefix filter (which
 * needs every statement's words in one shared order, rarest first) and the comparison of two statements (a merge of
 * two sorted arrays, with no set built) work on these. Ties in frequency are ranked by first appearance, so the
 * ranks, and with them the comparisons made, are the same on every run.
 */
final class WordRanks {

	private final Map<String, Integer> ids = new HashMap<>();
	private int[] frequency = new int[64];

	private WordRanks() {
	}

	/** One sorted array per statement, in the statements' order. */
	static List<int[]> of(List<Set<String>> statements) {
		WordRanks words = new WordRanks();
		List<int[]> byId = new ArrayList<>(statements.size());
		statements.forEach(statement -> byId.add(words.idsOf(statement)));
		int[] rankOfId = words.ranks();
		for (int[] statement : byId) {
			for (int at = 0; at < statement.length; at++) {
				statement[at] = rankOfId[statement[at]];
			}
			Arrays.sort(statement);
		}
		return byId;
	}

	private int[] idsOf(Set<String> statement) {
		int[] wordIds = new int[statement.size()];
		int next = 0;
		for (String word : statement) {
			int id = ids.computeIfAbsent(word, key -> ids.size());
			if (id == frequency.length) {
				frequency = Arrays.copyOf(frequency, id * 2);
			}
			frequency[id]++;
			wordIds[next++] = id;
		}
		return wordIds;
	}

	/** Word ids ordered by how many statements use them, fewest first; then by id, which is first appearance. */
	private int[] ranks() {
		long[] order = new long[ids.size()];
		for (int id = 0; id < order.length; id++) {
			order[id] = (long) frequency[id] << 32 | id;
		}
		Arrays.sort(order);
		int[] rankOfId = new int[order.length];
		for (int rank = 0; rank < order.length; rank++) {
			rankOfId[(int) order[rank]] = rank;
		}
		return rankOfId;
	}
}
