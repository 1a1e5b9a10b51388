package org.itup.dsl.ide.quickfix;

import java.util.List;

import org.itup.dsl.validation.IssueCodes;
import org.itup.model.Objective;

/**
 * Adds a first outcome ({@code <objective>-a}) or output ({@code <objective>-1}) with an empty statement before the
 * objective's closing brace, for the planner to state.
 */
final class ResultSkeletonFix implements IssueFix {

	@Override
	public List<String> codes() {
		return List.of(IssueCodes.MISSING_OUTCOME, IssueCodes.MISSING_OUTPUT);
	}

	@Override
	public List<PlanQuickFix> fixes(FixContext context) {
		Objective objective = context.element(Objective.class);
		if (objective == null || objective.getName() == null) {
			return List.of();
		}
		boolean outcome = IssueCodes.MISSING_OUTCOME.equals(context.code());
		String kind = outcome ? "outcome" : "output";
		String code = objective.getName() + (outcome ? "-a" : "-1");
		PlanTextEdit edit = PlanText.lastInBraces(context.text(), objective, kind + " " + code + " \"\"");
		return edit == null ? List.of() : List.of(PlanQuickFix.of("Add " + kind + " " + code, edit));
	}
}
