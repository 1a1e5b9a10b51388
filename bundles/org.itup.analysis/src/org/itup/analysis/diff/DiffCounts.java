package org.itup.analysis.diff;

import java.util.List;

/**
 * How many elements of one kind changed, and how. An element both renumbered and moved counts in both; {@code changed}
 * counts elements whose values changed.
 */
public record DiffCounts(ElementKind kind, int added, int removed, int renumbered, int moved, int changed, int split,
		int merged) {

	static DiffCounts of(ElementKind kind, List<ElementChange> changes) {
		return new DiffCounts(kind, count(changes, ChangeType.ADDED), count(changes, ChangeType.REMOVED),
				(int) changes.stream().filter(ElementChange::renumbered).count(),
				(int) changes.stream().filter(ElementChange::moved).count(),
				(int) changes.stream().filter(ElementChange::valuesChanged).count(), count(changes, ChangeType.SPLIT),
				count(changes, ChangeType.MERGED));
	}

	public int total() {
		return added + removed + renumbered + moved + changed + split + merged;
	}

	private static int count(List<ElementChange> changes, ChangeType type) {
		return (int) changes.stream().filter(change -> change.type() == type).count();
	}
}
