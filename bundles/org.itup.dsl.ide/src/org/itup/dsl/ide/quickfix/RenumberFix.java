package org.itup.dsl.ide.quickfix;

import java.util.List;

import org.itup.analysis.StrategicPlan;
import org.itup.dsl.codes.PlanCodes;
import org.itup.dsl.validation.IssueCodes;
import org.itup.dsl.validation.WholePlans;
import org.itup.model.PlanElement;

/**
 * Renumbers a target, objective, outcome, output or enabler to the code its level's scheme gives it. The scheme is
 * the whole plan's (declared in its main file), and a code the plan marks official is never renumbered. References
 * to the old code elsewhere are the editor's rename to update; this fix changes the code where it is defined.
 */
final class RenumberFix implements IssueFix {

	private final WholePlans wholePlans;

	RenumberFix(WholePlans wholePlans) {
		this.wholePlans = wholePlans;
	}

	@Override
	public List<String> codes() {
		return List.of(IssueCodes.TARGET_NUMBERING, IssueCodes.OBJECTIVE_NUMBERING, IssueCodes.OUTCOME_NUMBERING,
				IssueCodes.OUTPUT_NUMBERING, IssueCodes.ENABLER_NUMBERING);
	}

	@Override
	public List<PlanQuickFix> fixes(FixContext context) {
		PlanElement element = context.element(PlanElement.class);
		StrategicPlan plan = element == null ? null : wholePlans.of(element, null);
		String expected = plan == null ? null : PlanCodes.of(plan.parts()).expected(element);
		if (expected == null || !context.marked().equals(element.getName())) {
			return List.of();
		}
		return List.of(PlanQuickFix.of("Renumber to '" + expected + "'",
				new PlanTextEdit(context.offset(), context.length(), expected)));
	}
}
