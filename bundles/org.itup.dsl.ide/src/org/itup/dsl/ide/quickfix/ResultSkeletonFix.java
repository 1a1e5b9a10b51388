package org.itup.dsl.ide.quickfix;

import java.util.List;

import org.itup.analysis.vocabulary.PlanVocabulary;
import org.itup.dsl.validation.IssueCodes;
import org.itup.model.Objective;
import org.itup.model.PlanLevel;

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
		PlanLevel level = outcome ? PlanLevel.OUTCOME : PlanLevel.OUTPUT;
		PlanVocabulary words = context.words(objective);
		// the plan's declared keyword for the level, else the neutral one: the fix writes as the plan does
		String keyword = words.keyword(level).orElse(level.getLiteral());
		String code = objective.getName() + (outcome ? "-a" : "-1");
		PlanTextEdit edit = PlanText.lastInBraces(context.text(), objective, keyword + " " + code + " \"\"");
		return edit == null ? List.of() : List.of(PlanQuickFix.of("Add " + words.one(level) + " " + code, edit));
	}
}
