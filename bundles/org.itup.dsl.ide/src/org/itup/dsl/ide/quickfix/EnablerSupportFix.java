package org.itup.dsl.ide.quickfix;

import java.util.List;

import org.itup.dsl.validation.IssueCodes;
import org.itup.model.Enabler;
import org.itup.model.PlanLevel;

/**
 * Lets an enabler that names no objective support them all ({@code supports all}), as the General Secretariat's
 * support services do; the planner can narrow the list afterwards.
 */
final class EnablerSupportFix implements IssueFix {

	@Override
	public List<String> codes() {
		return List.of(IssueCodes.ENABLER_WITHOUT_SUPPORT);
	}

	@Override
	public List<PlanQuickFix> fixes(FixContext context) {
		Enabler enabler = context.element(Enabler.class);
		int brace = enabler == null ? -1 : PlanText.openingBrace(enabler);
		if (brace < 0) {
			return List.of();
		}
		String objectives = context.words(enabler).many(PlanLevel.OBJECTIVE);
		return List.of(PlanQuickFix.of("Support all " + objectives,
				PlanText.firstInBraces(context.text(), brace, "supports all")));
	}
}
