package org.itup.analysis.design;

import org.eclipse.emf.ecore.EObject;
import org.itup.analysis.LinkageKind;
import org.itup.analysis.LinkageMatrix;
import org.itup.model.Goal;
import org.itup.model.Objective;

/**
 * Sirius services: the conditions of the styles that show gaps in the results chain, read from the linkage matrix.
 */
public class ProblemServices {

	/** A goal that no objective of the plan supports as primary: nothing is accountable for it. */
	public boolean lacksPrimaryObjective(EObject element) {
		if (!(element instanceof Goal goal)) {
			return false;
		}
		LinkageMatrix matrix = LinkageMatrix.of(PlanParts.planOf(goal));
		return matrix.objectives().stream()
				.noneMatch(objective -> matrix.linkage(objective, goal) == LinkageKind.PRIMARY);
	}

	/** An objective linked to no goal as primary: its results do not lead to any goal directly. */
	public boolean lacksPrimaryGoal(EObject element) {
		if (!(element instanceof Objective objective)) {
			return false;
		}
		LinkageMatrix matrix = LinkageMatrix.of(PlanParts.planOf(objective));
		return matrix.goals().stream().noneMatch(goal -> matrix.linkage(objective, goal) == LinkageKind.PRIMARY);
	}
}
