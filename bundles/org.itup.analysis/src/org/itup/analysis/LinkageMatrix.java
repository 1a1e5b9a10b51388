package org.itup.analysis;

import java.util.List;

import org.itup.model.Goal;
import org.itup.model.Objective;

/**
 * The linkage of objectives (rows) with strategic goals (columns), as in the plan's linkage table. A goal an
 * objective names as both primary and secondary counts as primary.
 */
public final class LinkageMatrix {

	private final List<Objective> objectives;
	private final List<Goal> goals;

	private LinkageMatrix(List<Objective> objectives, List<Goal> goals) {
		this.objectives = objectives;
		this.goals = goals;
	}

	public static LinkageMatrix of(StrategicPlan plan) {
		return new LinkageMatrix(plan.objectives(), plan.goals());
	}

	public List<Objective> objectives() {
		return objectives;
	}

	public List<Goal> goals() {
		return goals;
	}

	public LinkageKind linkage(Objective objective, Goal goal) {
		if (objective.getPrimaryGoals().contains(goal)) {
			return LinkageKind.PRIMARY;
		}
		return objective.getSecondaryGoals().contains(goal) ? LinkageKind.SECONDARY : LinkageKind.NONE;
	}

	public long count(LinkageKind kind) {
		return objectives.stream()
				.mapToLong(objective -> goals.stream().filter(goal -> linkage(objective, goal) == kind).count())
				.sum();
	}
}
