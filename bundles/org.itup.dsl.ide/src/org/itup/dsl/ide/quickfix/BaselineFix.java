package org.itup.dsl.ide.quickfix;

import java.util.List;

import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.nodemodel.INode;
import org.itup.dsl.validation.IssueCodes;
import org.itup.model.Baseline;
import org.itup.model.ItupPackage;
import org.itup.model.Plan;
import org.itup.model.Target;

/**
 * Gives a relative target the baseline it needs: a skeleton {@code baseline <year> measured} when it has none (the
 * year before the plan period, for the planner to correct), or {@code measured} after a baseline year without value.
 * It never invents a figure: 'measured' says the value is whatever was measured in that year.
 */
final class BaselineFix implements IssueFix {

	@Override
	public List<String> codes() {
		return List.of(IssueCodes.MISSING_BASELINE);
	}

	@Override
	public List<PlanQuickFix> fixes(FixContext context) {
		Target target = context.element(Target.class);
		if (target == null) {
			return List.of();
		}
		Baseline baseline = target.getBaseline();
		return baseline == null ? addBaseline(context, target) : markMeasured(baseline);
	}

	private static List<PlanQuickFix> addBaseline(FixContext context, Target target) {
		List<INode> kind = PlanText.featureNodes(target, ItupPackage.Literals.TARGET__KIND);
		if (kind.isEmpty()) {
			return List.of();
		}
		int kindOffset = kind.get(0).getOffset();
		int year = skeletonYear(target);
		String line = PlanText.indentOfLine(context.text(), kindOffset) + "baseline " + year + " measured\n";
		return List.of(PlanQuickFix.of("Add 'baseline " + year + " measured' (correct the year)",
				PlanTextEdit.insert(PlanText.nextLineStart(context.text(), kindOffset), line)));
	}

	private static List<PlanQuickFix> markMeasured(Baseline baseline) {
		List<INode> year = PlanText.featureNodes(baseline, ItupPackage.Literals.BASELINE__YEAR);
		if (year.isEmpty() || baseline.isMeasured() || baseline.getValue() != null) {
			return List.of();
		}
		return List.of(PlanQuickFix.of("Take the value measured in " + baseline.getYear() + " as the baseline",
				PlanTextEdit.insert(year.get(0).getEndOffset(), " measured")));
	}

	private static int skeletonYear(Target target) {
		Plan plan = EcoreUtil2.getContainerOfType(target, Plan.class);
		if (plan != null && plan.getStartYear() > 0) {
			return plan.getStartYear() - 1;
		}
		return target.getDeadline() > 0 ? target.getDeadline() - 1 : 2000;
	}
}
