package org.itup.analysis.overlap;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The overlaps of one result that are listed: the most alike first, at most a limit of them, and how many more
 * there are. When many sectors state the same result (or a draft repeats "to be defined" everywhere), every pair is
 * an overlap; listing them all would bury the plan's other findings under thousands of notes saying the same thing
 * and hold every pair in memory.
 */
final class ListedOverlaps {

	/** A found overlap, with the other result's place in the plan to order ties by. */
	record Entry(Overlap overlap, int otherPlace) {
	}

	private static final Comparator<Entry> MOST_ALIKE_FIRST = Comparator
			.comparingDouble((Entry entry) -> -entry.overlap().similarity()).thenComparingInt(Entry::otherPlace);

	private final int limit;
	private final List<Entry> listed = new ArrayList<>();
	private int unlisted;

	ListedOverlaps(int limit) {
		this.limit = limit;
	}

	void add(Entry entry) {
		int at = 0;
		while (at < listed.size() && MOST_ALIKE_FIRST.compare(listed.get(at), entry) <= 0) {
			at++;
		}
		if (at >= limit) {
			unlisted++;
			return;
		}
		listed.add(at, entry);
		if (listed.size() > limit) {
			listed.remove(listed.size() - 1);
			unlisted++;
		}
	}

	/** Overlaps known to rank below at least {@code limit} others offered: counted, never listed. */
	void countUnlisted(int count) {
		unlisted += count;
	}

	List<Overlap> listed() {
		return listed.stream().map(Entry::overlap).toList();
	}

	int unlisted() {
		return unlisted;
	}
}
