package org.itup.dsl.ide.quickfix;

import java.util.List;

import org.itup.dsl.validation.IssueCodes;
import org.itup.model.Goal;

/**
 * Adds a first target ({@code <goal>.1}) with an empty statement to a goal that has none, for the planner to state
 * and measure.
 */
final class GoalTargetFix implements IssueFix {

	@Override
	public List<String> codes() {
		return List.of(IssueCodes.GOAL_WITHOUT_TARGET);
	}

	@Override
	public List<PlanQuickFix> fixes(FixContext context) {
		Goal goal = context.element(Goal.class);
		if (goal == null || goal.getName() == null || !goal.getTargets().isEmpty()) {
			return List.of();
		}
		String code = goal.getName() + ".1";
		PlanTextEdit edit = PlanText.lastInBraces(context.text(), goal, "target " + code + " \"\"");
		return edit == null ? List.of() : List.of(PlanQuickFix.of("Add target " + code, edit));
	}
}
