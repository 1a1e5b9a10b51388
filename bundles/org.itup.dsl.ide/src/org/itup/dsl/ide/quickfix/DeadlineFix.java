package org.itup.dsl.ide.quickfix;

import java.util.List;

import org.eclipse.xtext.EcoreUtil2;
import org.itup.dsl.validation.IssueCodes;
import org.itup.model.Plan;
import org.itup.model.Target;

/**
 * Moves a target's deadline into the plan period: to its last year when the deadline lies after the period, to its
 * first year when before; or, for a deadline after the period, keeps it and gives the target its own horizon. Offered
 * when the file that holds the target states the period.
 */
final class DeadlineFix implements IssueFix {

	@Override
	public List<String> codes() {
		return List.of(IssueCodes.DEADLINE_OUTSIDE_PERIOD);
	}

	@Override
	public List<PlanQuickFix> fixes(FixContext context) {
		Target target = context.element(Target.class);
		Plan plan = EcoreUtil2.getContainerOfType(target, Plan.class);
		if (plan == null || plan.getStartYear() == 0 || plan.getEndYear() == 0
				|| !context.marked().equals(String.valueOf(target.getDeadline()))) {
			return List.of();
		}
		int year = target.getDeadline() > plan.getEndYear() ? plan.getEndYear() : plan.getStartYear();
		PlanQuickFix intoPeriod = PlanQuickFix.of("Set the deadline to " + year,
				new PlanTextEdit(context.offset(), context.length(), String.valueOf(year)));
		if (target.getDeadline() < plan.getStartYear() || target.getHorizon() != 0) {
			return List.of(intoPeriod);
		}
		// a target of a longer agenda keeps its deadline and says so with its own horizon
		int end = context.offset() + context.length();
		return List.of(intoPeriod, PlanQuickFix.of("Give the target its own horizon " + target.getDeadline(),
				new PlanTextEdit(end, 0, " horizon " + target.getDeadline())));
	}
}
