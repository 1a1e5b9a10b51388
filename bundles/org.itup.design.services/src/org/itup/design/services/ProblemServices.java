package org.itup.design.services;

import org.eclipse.emf.ecore.EObject;
import org.itup.analysis.chain.Coverage;
import org.itup.analysis.chain.ResultsChain;
import org.itup.model.Goal;
import org.itup.model.Objective;

/**
 * Sirius services: the conditions of the styles that show gaps in the results chain, as the plan's coverage
 * reports them (the same gaps validation and the report name).
 */
public class ProblemServices {

	/** A goal that no objective of the plan supports as primary: nothing is accountable for it. */
	public boolean lacksPrimaryObjective(EObject element) {
		return element instanceof Goal goal && coverageOf(goal).goalsWithoutPrimaryObjective().contains(goal);
	}

	/** An objective linked to no goal as primary: its results do not lead to any goal directly. */
	public boolean lacksPrimaryGoal(EObject element) {
		return element instanceof Objective objective
				&& coverageOf(objective).objectivesWithoutPrimaryGoal().contains(objective);
	}

	private static Coverage coverageOf(EObject element) {
		return Coverage.of(ResultsChain.of(PlanParts.planOf(element)));
	}
}
