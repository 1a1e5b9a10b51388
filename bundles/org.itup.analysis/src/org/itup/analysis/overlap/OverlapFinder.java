package org.itup.analysis.overlap;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.itup.analysis.StrategicPlan;
import org.itup.model.Outcome;
import org.itup.model.Output;
import org.itup.model.PlanElement;
import org.itup.model.Sector;

/**
 * Finds outcomes and outputs of different sectors whose statements are near-duplicates: candidates for the
 * coordination that Resolution 191 asks for. Outcomes are compared with outcomes and outputs with outputs, since a
 * result and a deliverable are not the same thing even when worded alike. Each statement's words are read once, and
 * a result is compared only with those sharing one of its distinctive words ({@link DistinctiveWords}), so a large
 * plan is not compared pair by pair.
 */
public final class OverlapFinder {

	/** At or above this share of significant words in common, two statements are reported. */
	public static final double DEFAULT_THRESHOLD = 0.6;

	private final double threshold;
	private final Map<PlanElement, Set<String>> words = new LinkedHashMap<>();
	private final Map<PlanElement, List<String>> distinctive = new HashMap<>();
	private final Map<PlanElement, Integer> planOrder = new HashMap<>();
	private final Map<String, List<PlanElement>> resultsByWord = new HashMap<>();

	private OverlapFinder(double threshold, List<? extends PlanElement> results) {
		this.threshold = threshold;
		for (PlanElement result : results) {
			words.put(result, StatementSimilarity.words(statementOf(result)));
			planOrder.putIfAbsent(result, planOrder.size());
		}
		DistinctiveWords rarest = new DistinctiveWords(threshold, words.values());
		words.forEach((result, significant) -> {
			List<String> own = rarest.of(significant);
			distinctive.put(result, own);
			own.forEach(word -> resultsByWord.computeIfAbsent(word, key -> new ArrayList<>()).add(result));
		});
	}

	public static OverlapFinder of(StrategicPlan plan, double threshold) {
		List<PlanElement> results = new ArrayList<>(plan.outcomes());
		results.addAll(plan.outputs());
		return new OverlapFinder(threshold, results);
	}

	/** The overlaps of one outcome or output with those of other sectors, in plan order. */
	public List<Overlap> overlapsOf(PlanElement result) {
		Set<String> own = words.get(result);
		if (own == null || own.isEmpty()) {
			return List.of();
		}
		Set<PlanElement> candidates = new LinkedHashSet<>();
		distinctive.get(result).forEach(word -> candidates.addAll(resultsByWord.get(word)));
		List<Overlap> found = new ArrayList<>();
		for (PlanElement other : candidates) {
			if (other.eClass() == result.eClass() && sectorOf(other) != sectorOf(result)) {
				double similarity = StatementSimilarity.of(own, words.get(other));
				if (similarity >= threshold) {
					found.add(new Overlap(result, other, similarity));
				}
			}
		}
		found.sort(Comparator.comparing(overlap -> planOrder.get(overlap.second())));
		return found;
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
