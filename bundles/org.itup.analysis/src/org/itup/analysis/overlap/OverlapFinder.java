package org.itup.analysis.overlap;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.itup.analysis.StrategicPlan;
import org.itup.model.Outcome;
import org.itup.model.Output;
import org.itup.model.PlanElement;
import org.itup.model.Sector;

/**
 * Finds outcomes and outputs of different sectors whose statements are near-duplicates: candidates for the
 * coordination that Resolution 191 asks for. Outcomes are compared with outcomes and outputs with outputs, since a
 * result and a deliverable are not the same thing even when worded alike. All pairs of the plan are found at once,
 * each pair visited once ({@link SimilarityJoin}); per result, the most alike are listed up to a limit and the
 * rest counted ({@link ListedOverlaps}).
 */
public final class OverlapFinder {

	/** At or above this share of significant words in common, two statements are reported. */
	public static final double DEFAULT_THRESHOLD = 0.6;

	/** Overlaps listed per result; more are counted. */
	public static final int DEFAULT_LIMIT = 5;

	private final double threshold;
	private final int limit;
	private final Map<PlanElement, ListedOverlaps> overlaps = new HashMap<>();

	private OverlapFinder(double threshold, int limit) {
		this.threshold = threshold;
		this.limit = limit;
	}

	public static OverlapFinder of(StrategicPlan plan, double threshold) {
		return of(plan, threshold, DEFAULT_LIMIT);
	}

	/** @param limit how many overlaps {@link #overlapsOf} lists per result, at most */
	public static OverlapFinder of(StrategicPlan plan, double threshold, int limit) {
		OverlapFinder finder = new OverlapFinder(threshold, limit);
		finder.findAmong(plan.outcomes());
		finder.findAmong(plan.outputs());
		return finder;
	}

	/** The overlaps of one outcome or output with those of other sectors: the most alike first, then in plan order. */
	public List<Overlap> overlapsOf(PlanElement result) {
		ListedOverlaps found = overlaps.get(result);
		return found == null ? List.of() : found.listed();
	}

	/** How many overlaps of the result {@link #overlapsOf} leaves out, beyond its limit. */
	public int unlistedOverlapsOf(PlanElement result) {
		ListedOverlaps found = overlaps.get(result);
		return found == null ? 0 : found.unlisted();
	}

	/** Pairs among results of one kind, in plan order: outcomes with outcomes, outputs with outputs. */
	private void findAmong(List<? extends PlanElement> results) {
		List<int[]> statements = WordRanks.of(results.stream().map(result -> StatementWords.of(statementOf(result)))
				.toList());
		int[] sectors = sectorNumbers(results);
		new SimilarityJoin(threshold).join(statements, sectors, (one, other, similarity) -> {
			PlanElement first = results.get(one);
			PlanElement second = results.get(other);
			listedFor(first).add(new ListedOverlaps.Entry(new Overlap(first, second, similarity), other));
			listedFor(second).add(new ListedOverlaps.Entry(new Overlap(second, first, similarity), one));
		});
	}

	private ListedOverlaps listedFor(PlanElement result) {
		return overlaps.computeIfAbsent(result, key -> new ListedOverlaps(limit));
	}

	/** A number per sector, the same for results outside any sector, which are never compared with each other. */
	private static int[] sectorNumbers(List<? extends PlanElement> results) {
		Map<Sector, Integer> numbers = new IdentityHashMap<>();
		return results.stream().mapToInt(result -> {
			Sector sector = sectorOf(result);
			return sector == null ? -1 : numbers.computeIfAbsent(sector, key -> numbers.size());
		}).toArray();
	}

	private static Sector sectorOf(EObject element) {
		for (EObject container = element; container != null; container = container.eContainer()) {
			if (container instanceof Sector sector) {
				return sector;
			}
		}
		return null;
	}

	private static String statementOf(PlanElement result) {
		if (result instanceof Outcome outcome) {
			return outcome.getStatement();
		}
		return result instanceof Output output ? output.getStatement() : null;
	}
}
