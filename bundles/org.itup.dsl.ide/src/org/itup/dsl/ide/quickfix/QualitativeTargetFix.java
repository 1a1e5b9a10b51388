package org.itup.dsl.ide.quickfix;

import java.util.List;

import org.itup.dsl.validation.IssueCodes;
import org.itup.model.Target;
import org.itup.model.TargetKind;

/**
 * Marks a target that states no value as {@code qualitative}, inside its braces (adding them when it has none).
 * Offered only for a target without any kind: one with a value but no unit needs its unit, which only the planner
 * knows.
 */
final class QualitativeTargetFix implements IssueFix {

	@Override
	public List<String> codes() {
		return List.of(IssueCodes.TARGET_NOT_MEASURABLE);
	}

	@Override
	public List<PlanQuickFix> fixes(FixContext context) {
		Target target = context.element(Target.class);
		if (target == null || target.getKind() != TargetKind.UNSPECIFIED || PlanText.node(target) == null) {
			return List.of();
		}
		int brace = PlanText.openingBrace(target);
		PlanTextEdit edit = brace < 0 ? PlanTextEdit.insert(PlanText.node(target).getEndOffset(), " { qualitative }")
				: PlanText.firstInBraces(context.text(), brace, "qualitative");
		return List.of(PlanQuickFix.of("Mark the target qualitative", edit));
	}
}
