package org.itup.dsl.ide.quickfix;

import java.util.List;

import org.eclipse.xtext.nodemodel.INode;
import org.itup.dsl.validation.IssueCodes;
import org.itup.model.Outcome;

/**
 * Gives an outcome without an indicator a first indicator with an empty name, in braces after the outcome (or first
 * inside the braces it already has), for the planner to name.
 */
final class OutcomeIndicatorFix implements IssueFix {

	private static final String INDICATOR = "indicator \"\"";

	@Override
	public List<String> codes() {
		return List.of(IssueCodes.OUTCOME_WITHOUT_INDICATOR);
	}

	@Override
	public List<PlanQuickFix> fixes(FixContext context) {
		Outcome outcome = context.element(Outcome.class);
		INode node = PlanText.node(outcome);
		if (node == null || !outcome.getIndicators().isEmpty()) {
			return List.of();
		}
		int brace = PlanText.openingBrace(outcome);
		PlanTextEdit edit = brace >= 0 ? PlanText.firstInBraces(context.text(), brace, INDICATOR)
				: PlanTextEdit.insert(node.getEndOffset(), " { " + INDICATOR + " }");
		return List.of(PlanQuickFix.of("Add an indicator", edit));
	}
}
