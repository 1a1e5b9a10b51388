package org.itup.analysis;

import java.util.List;

import org.itup.model.Goal;
import org.itup.model.Objective;

/**
 * Which objectives support a goal, and how: a goal rests on the objectives linked to it as primary; one that only
 * secondary links reach has no objective that answers for it.
 */
public final class GoalSupport {

	private final LinkageMatrix matrix;

	private GoalSupport(LinkageMatrix matrix) {
		this.matrix = matrix;
	}

	public static GoalSupport of(StrategicPlan plan) {
		return new GoalSupport(LinkageMatrix.of(plan));
	}

	public List<Objective> objectives(Goal goal, LinkageKind kind) {
		return matrix.objectives().stream().filter(objective -> matrix.linkage(objective, goal) == kind).toList();
	}

	public boolean hasPrimarySupport(Goal goal) {
		return !objectives(goal, LinkageKind.PRIMARY).isEmpty();
	}

	/** True when objectives reach the goal through secondary links but none through a primary one. */
	public boolean hasOnlySecondarySupport(Goal goal) {
		return !hasPrimarySupport(goal) && !objectives(goal, LinkageKind.SECONDARY).isEmpty();
	}
}
