package org.itup.design.services;

import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.itup.analysis.LinkageKind;
import org.itup.analysis.StrategicPlan;
import org.itup.model.Goal;
import org.itup.model.Objective;

/**
 * One cell of the linkage matrix as a modeller edits it: what they may type, and how the objective's goal lists
 * change. Goals stay in the plan's order inside each list, so the text reads "primary goals 1, 2, 4" after an edit.
 */
final class LinkageCell {

	private final StrategicPlan plan;
	private final Objective objective;
	private final Goal goal;

	LinkageCell(StrategicPlan plan, Objective objective, Goal goal) {
		this.plan = plan;
		this.objective = objective;
		this.goal = goal;
	}

	/** Reads what was typed in a cell: primary (P), secondary (S), or nothing (empty, "-", ".", none). */
	static LinkageKind parse(String typed) {
		String value = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
		return switch (value) {
		case "p", "primary" -> LinkageKind.PRIMARY;
		case "s", "secondary" -> LinkageKind.SECONDARY;
		case "", "-", ".", "none" -> LinkageKind.NONE;
		default -> throw new IllegalArgumentException("\"" + typed
				+ "\" is not a linkage: type P (primary), S (secondary) or leave the cell empty (no link)");
		};
	}

	void set(LinkageKind kind) {
		resolveGoals();
		List<Goal> target = kind == LinkageKind.PRIMARY ? objective.getPrimaryGoals()
				: kind == LinkageKind.SECONDARY ? objective.getSecondaryGoals() : null;
		if (target != null && target.contains(goal)) {
			return;
		}
		objective.getPrimaryGoals().remove(goal);
		objective.getSecondaryGoals().remove(goal);
		if (target != null) {
			target.add(insertionIndex(target), goal);
		}
	}

	/**
	 * Resolves the objective's goal references before the lists change. Xtext's serializer writes a reference it
	 * cannot resolve with the text found at the same position of the list in the file; after a goal before it is
	 * removed, that is its neighbour's code, and the saved file would link the wrong goal.
	 */
	private void resolveGoals() {
		EcoreUtil.resolveAll(objective);
	}

	private int insertionIndex(List<Goal> goals) {
		int rank = plan.goals().indexOf(goal);
		int index = 0;
		while (index < goals.size() && plan.goals().indexOf(goals.get(index)) < rank) {
			index++;
		}
		return index;
	}
}
