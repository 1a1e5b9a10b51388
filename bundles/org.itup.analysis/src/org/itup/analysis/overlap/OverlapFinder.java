package org.itup.analysis.overlap;

import java.util.Arrays;
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
 * each pair of different statements visited once ({@link SimilarityJoin}) and results saying the same thing taken
 * together ({@link SameStatements}); per result, the most alike are listed up to a limit and the rest counted
 * ({@link ListedOverlaps}).
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

	/**
	 * Pairs among results of one kind, in plan order: outcomes with outcomes, outputs with outputs. Results saying
	 * the same thing are grouped first ({@link SameStatements}): those of a group overlap each other fully, and the
	 * join pairs groups, not results.
	 */
	private void findAmong(List<? extends PlanElement> results) {
		List<int[]> statements = WordRanks.of(results.stream().map(result -> StatementWords.of(statementOf(result)))
				.toList());
		int[] sectors = sectorNumbers(results);
		List<SameStatements> groups = SameStatements.of(statements, sectors);
		if (threshold <= 1.0) {
			groups.stream().filter(group -> group.words().length > 0)
					.forEach(group -> listAlike(results, sectors, group, group, 1.0));
		}
		int[] groupSectors = new int[groups.size()];
		Arrays.setAll(groupSectors, number -> groups.get(number).sectorForJoin(number));
		new SimilarityJoin(threshold).join(groups.stream().map(SameStatements::words).toList(), groupSectors,
				(one, other, similarity) -> {
					listAlike(results, sectors, groups.get(one), groups.get(other), similarity);
					listAlike(results, sectors, groups.get(other), groups.get(one), similarity);
				});
	}

	/**
	 * Tells each result of {@code group} of the results of {@code alike}, in other sectors, that read like it with
	 * this similarity: the first of them in plan order are offered for listing (the others, equally alike and later,
	 * could never displace them) and the rest are counted.
	 */
	private void listAlike(List<? extends PlanElement> results, int[] sectors, SameStatements group,
			SameStatements alike, double similarity) {
		for (int member : group.members()) {
			if (alike.countOutside(sectors[member]) == 0) {
				continue;
			}
			PlanElement result = results.get(member);
			ListedOverlaps listed = listedFor(result);
			List<Integer> offered = alike.firstOutside(sectors[member], limit);
			for (int other : offered) {
				listed.add(new ListedOverlaps.Entry(new Overlap(result, results.get(other), similarity), other));
			}
			listed.countUnlisted(alike.countOutside(sectors[member]) - offered.size());
		}
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
