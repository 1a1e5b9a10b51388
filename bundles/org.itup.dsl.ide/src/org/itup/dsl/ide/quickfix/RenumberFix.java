package org.itup.dsl.ide.quickfix;

import java.util.List;

import org.itup.dsl.validation.CodeConventions;
import org.itup.dsl.validation.IssueCodes;
import org.itup.model.Outcome;
import org.itup.model.Output;
import org.itup.model.PlanElement;
import org.itup.model.Target;

/**
 * Renumbers a target, outcome or output to its conventional code. References to the old code elsewhere are the
 * editor's rename to update; this fix changes the code where it is defined.
 */
final class RenumberFix implements IssueFix {

	@Override
	public List<String> codes() {
		return List.of(IssueCodes.TARGET_NUMBERING, IssueCodes.OUTCOME_NUMBERING, IssueCodes.OUTPUT_NUMBERING);
	}

	@Override
	public List<PlanQuickFix> fixes(FixContext context) {
		PlanElement element = context.element(PlanElement.class);
		String expected = expected(element);
		if (expected == null || !context.marked().equals(element.getName())) {
			return List.of();
		}
		return List.of(PlanQuickFix.of("Renumber to '" + expected + "'",
				new PlanTextEdit(context.offset(), context.length(), expected)));
	}

	private static String expected(PlanElement element) {
		if (element instanceof Target target) {
			return CodeConventions.expected(target);
		}
		if (element instanceof Outcome outcome) {
			return CodeConventions.expected(outcome);
		}
		return element instanceof Output output ? CodeConventions.expected(output) : null;
	}
}
