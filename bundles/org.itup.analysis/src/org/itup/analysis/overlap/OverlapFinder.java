package org.itup.analysis.overlap;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.itup.analysis.StrategicPlan;
import org.itup.model.Outcome;
import org.itup.model.Output;
import org.itup.model.PlanElement;
import org.itup.model.Sector;

/**
 * Finds outcomes and outputs of different sectors whose statements are near-duplicates: candidates for the
 * coordination that Resolution 191 asks for. Outcomes are compared with outcomes and outputs with outputs, since a
 * result and a deliverable are not the same thing even when worded alike.
 */
public final class OverlapFinder {

	/** At or above this share of significant words in common, two statements are reported. */
	public static final double DEFAULT_THRESHOLD = 0.6;

	private final double threshold;

	public OverlapFinder(double threshold) {
		this.threshold = threshold;
	}

	public List<Overlap> find(StrategicPlan plan) {
		List<Overlap> found = new ArrayList<>();
		compare(plan.outcomes(), found);
		compare(plan.outputs(), found);
		return found;
	}

	private void compare(List<? extends PlanElement> results, List<Overlap> found) {
		for (int i = 0; i < results.size(); i++) {
			for (int j = i + 1; j < results.size(); j++) {
				PlanElement first = results.get(i);
				PlanElement second = results.get(j);
				if (sectorOf(first) != sectorOf(second)) {
					double similarity = StatementSimilarity.of(statementOf(first), statementOf(second));
					if (similarity >= threshold) {
						found.add(new Overlap(first, second, similarity));
					}
				}
			}
		}
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
