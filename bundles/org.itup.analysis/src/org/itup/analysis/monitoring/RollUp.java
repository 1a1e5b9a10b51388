package org.itup.analysis.monitoring;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The statuses of a parent's children counted (a goal's targets; an outcome's, objective's or sector's indicators),
 * and one summary status for the parent.
 * <p>
 * The summary is the worst judged status among the children (off track before at risk before on track before
 * achieved), so a parent is achieved only when every judged child is, and one child off track shows on the parent.
 * Children without a judgement (no data, not yet due) do not pull the summary down; they are counted, and
 * {@link #judged()} against {@link #total()} says how much of the parent the summary covers. With no judged child,
 * the summary is no data when some child lacks data, else not yet due (and no data for a parent without children).
 */
public record RollUp(String parent, Map<ProgressStatus, Integer> counts) {

	public RollUp {
		EnumMap<ProgressStatus, Integer> copy = new EnumMap<>(ProgressStatus.class);
		counts.forEach((status, count) -> {
			if (count > 0) {
				copy.put(status, count);
			}
		});
		counts = Collections.unmodifiableMap(copy);
	}

	/** Counts the statuses of one parent's children. */
	public static RollUp of(String parent, Collection<ProgressStatus> children) {
		EnumMap<ProgressStatus, Integer> counts = new EnumMap<>(ProgressStatus.class);
		children.forEach(status -> counts.merge(status, 1, Integer::sum));
		return new RollUp(parent, counts);
	}

	/** Adds up roll-ups of lower levels (objectives into a sector), counting every leaf once. */
	public static RollUp combine(String parent, Collection<RollUp> parts) {
		EnumMap<ProgressStatus, Integer> counts = new EnumMap<>(ProgressStatus.class);
		parts.forEach(part -> part.counts().forEach((status, count) -> counts.merge(status, count, Integer::sum)));
		return new RollUp(parent, counts);
	}

	public int count(ProgressStatus status) {
		return counts.getOrDefault(status, 0);
	}

	public int total() {
		return counts.values().stream().mapToInt(Integer::intValue).sum();
	}

	/** How many children have a judged status. */
	public int judged() {
		return counts.entrySet().stream().filter(e -> e.getKey().judged()).mapToInt(Map.Entry::getValue).sum();
	}

	public ProgressStatus summary() {
		for (ProgressStatus status : ProgressStatus.values()) {
			if (status.judged() && count(status) > 0) {
				return status;
			}
		}
		return count(ProgressStatus.NOT_YET_DUE) > 0 && count(ProgressStatus.NO_DATA) == 0
				? ProgressStatus.NOT_YET_DUE : ProgressStatus.NO_DATA;
	}
}
