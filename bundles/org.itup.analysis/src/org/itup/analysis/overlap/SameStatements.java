package org.itup.analysis.overlap;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Results whose statements have the same significant words, taken together. Drafts repeat placeholders ("To be
 * defined") and sectors copy each other's wording, so thousands of results may say one thing; comparing them pair
 * by pair cost time and memory quadratic in the copies. A group is compared with other groups once, and what each
 * of its results lists is found from the group's counts: results saying the same thing are all alike to the same
 * degree, so the first of them in plan order are the ones listed and the rest are only counted.
 */
final class SameStatements {

	private final int[] words;

	private final List<Integer> members = new ArrayList<>();

	private final int[] sectors;

	private final Map<Integer, Integer> membersBySector = new HashMap<>();

	private final Map<Integer, List<Integer>> firstOutside = new HashMap<>();

	private SameStatements(int[] words, int[] sectors) {
		this.words = words;
		this.sectors = sectors;
	}

	/**
	 * The groups, in order of their first result.
	 *
	 * @param statements each result's word ranks, sorted ({@link WordRanks})
	 * @param sectors each result's sector number
	 */
	static List<SameStatements> of(List<int[]> statements, int[] sectors) {
		Map<Words, SameStatements> groups = new LinkedHashMap<>();
		for (int result = 0; result < statements.size(); result++) {
			int[] words = statements.get(result);
			groups.computeIfAbsent(new Words(words), any -> new SameStatements(words, sectors)).add(result);
		}
		return List.copyOf(groups.values());
	}

	private void add(int result) {
		members.add(result);
		membersBySector.merge(sectors[result], 1, Integer::sum);
	}

	/** The words the results share, as ranks. */
	int[] words() {
		return words;
	}

	/** The results, as indexes in plan order. */
	List<Integer> members() {
		return members;
	}

	/**
	 * The one sector of every result of the group, or a number of its own when they are in several: two groups
	 * each within the same sector have no pair to report, any other two may have.
	 */
	int sectorForJoin(int groupNumber) {
		return membersBySector.size() == 1 ? sectors[members.get(0)] : -2 - groupNumber;
	}

	/** How many results of the group are outside the sector: those a result of that sector overlaps with. */
	int countOutside(int sector) {
		return members.size() - membersBySector.getOrDefault(sector, 0);
	}

	/**
	 * The first results of the group in plan order outside the sector, at most {@code limit}. Only the sectors of
	 * the group's first {@code limit} results need a walk of the group; for any other sector the answer is those
	 * first results, so each group is walked at most {@code limit + 1} times however many results it has.
	 */
	List<Integer> firstOutside(int sector, int limit) {
		List<Integer> head = members.subList(0, Math.min(limit, members.size()));
		if (head.stream().noneMatch(member -> sectors[member] == sector)) {
			return head;
		}
		return firstOutside.computeIfAbsent(sector, any -> walk(sector, limit));
	}

	private List<Integer> walk(int sector, int limit) {
		List<Integer> found = new ArrayList<>();
		for (int at = 0; at < members.size() && found.size() < limit; at++) {
			if (sectors[members.get(at)] != sector) {
				found.add(members.get(at));
			}
		}
		return found;
	}

	/** Word ranks as a key: equal when the same words. */
	private record Words(int[] ranks) {

		@Override
		public boolean equals(Object other) {
			return other instanceof Words words && Arrays.equals(ranks, words.ranks);
		}

		@Override
		public int hashCode() {
			return Arrays.hashCode(ranks);
		}
	}
}
