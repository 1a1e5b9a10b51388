package org.itup.dsl.validation;

import org.eclipse.xtext.validation.Check;
import org.itup.analysis.StrategicPlan;
import org.itup.model.Baseline;
import org.itup.model.ItupPackage;
import org.itup.model.Plan;
import org.itup.model.Target;
import org.itup.model.TargetKind;

/**
 * Targets a reviewer can judge at the end of the period: due within the period, measurable or explicitly
 * qualitative, and, when relative ("increase by 50%"), measured from a stated baseline.
 */
public class TargetValidator extends PlanRules {

	@Check
	public void checkDeadlineInsidePeriod(Target target) {
		if (target.getDeadline() == 0 || target.getName() == null) {
			return;
		}
		// a fact of the plan: looked up per target, finding the header part was a walk over every part
		Plan header = planFact(target, Plan.class, StrategicPlan::header);
		if (header == null || header.getStartYear() == 0 || header.getEndYear() == 0) {
			return;
		}
		// a target with its own horizon (an agenda to 2030) may fall due after the plan period, within that horizon
		int lastYear = Math.max(header.getEndYear(), target.getHorizon());
		if (target.getDeadline() < header.getStartYear() || target.getDeadline() > lastYear) {
			finding("The target '" + target.getName() + "' is due in " + target.getDeadline()
					+ ", outside the plan period " + header.getStartYear() + " to " + header.getEndYear()
					+ ": set a deadline inside the period, or give the target its own 'horizon <year>'.", ItupPackage.Literals.TARGET__DEADLINE,
					IssueCodes.DEADLINE_OUTSIDE_PERIOD);
		}
	}

	@Check
	public void checkTargetIsMeasurable(Target target) {
		if (target.getName() == null) {
			return;
		}
		if (target.getKind() == TargetKind.UNSPECIFIED) {
			finding("The target '" + target.getName()
					+ "' says neither what value to reach nor that it is qualitative: add for example 'level 60 \"%\"' or 'qualitative'.",
					ItupPackage.Literals.PLAN_ELEMENT__NAME, IssueCodes.TARGET_NOT_MEASURABLE);
		} else if (target.getKind() != TargetKind.QUALITATIVE && isBlank(target.getUnit())) {
			finding("The target '" + target.getName() + "' has a value but no unit: add the unit after the value, e.g. "
					+ "'\"%\"'.", ItupPackage.Literals.TARGET__VALUE, IssueCodes.TARGET_NOT_MEASURABLE);
		}
	}

	@Check
	public void checkRelativeTargetHasBaseline(Target target) {
		if (!isRelative(target) || target.getName() == null) {
			return;
		}
		Baseline baseline = target.getBaseline();
		if (baseline == null) {
			finding("The target '" + target.getName() + "' is relative (" + target.getKind().getLiteral()
					+ ") but has no baseline: add 'baseline <year> value <value>', or 'baseline <year> measured' when "
					+ "the plan leaves the value to the measurement of that year.",
					ItupPackage.Literals.TARGET__KIND, IssueCodes.MISSING_BASELINE);
		} else if (baseline.getValue() == null && !baseline.isMeasured()) {
			finding("The baseline of the relative target '" + target.getName()
					+ "' has a year but no value: add 'value <value>', or 'measured' when the value is the level "
					+ "measured in " + baseline.getYear() + ".", ItupPackage.Literals.TARGET__BASELINE,
					IssueCodes.MISSING_BASELINE);
		}
	}

	@Check
	public void checkBaselineBeforeDeadline(Target target) {
		Baseline baseline = target.getBaseline();
		if (baseline == null || baseline.getYear() == 0 || target.getDeadline() == 0) {
			return;
		}
		if (baseline.getYear() >= target.getDeadline()) {
			finding("The baseline year " + baseline.getYear() + " of the target '" + target.getName()
					+ "' is not before its deadline " + target.getDeadline()
					+ ": a baseline is measured before the target is due.", ItupPackage.Literals.TARGET__BASELINE,
					IssueCodes.BASELINE_NOT_BEFORE_DEADLINE);
		}
	}

	static boolean isRelative(Target target) {
		return target.getKind() == TargetKind.INCREASE || target.getKind() == TargetKind.DECREASE;
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}
}
