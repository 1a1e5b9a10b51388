package org.itup.dsl.validation;

import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.validation.Check;
import org.itup.analysis.monitoring.MilestoneCheck;
import org.itup.analysis.monitoring.PlanSeries;
import org.itup.model.BoundKind;
import org.itup.model.IndicatorBound;
import org.itup.model.IndicatorMilestone;
import org.itup.model.ItupPackage;
import org.itup.model.PerformanceIndicator;
import org.itup.model.Plan;

import java.util.List;

/**
 * Indicators whose progress can be judged year by year: a baseline to start from, a target to reach, milestones on
 * the way that go the way the indicator should, and bounds that make sense.
 */
public class IndicatorValidator extends PlanRules {

	@Check
	public void checkIndicatorHasBaselineAndTarget(PerformanceIndicator indicator) {
		// operational plans' indicators are the units' own working measures; the strategic plan's are judged
		if (EcoreUtil2.getContainerOfType(indicator, Plan.class) == null || indicator.getBound() != null) {
			return;
		}
		boolean baseline = indicator.getBaseline() != null;
		boolean target = indicator.getTargetValue() != null;
		if (baseline && target) {
			return;
		}
		String missing = baseline ? "no target" : target ? "no baseline" : "neither baseline nor target";
		finding("The indicator " + name(indicator) + " has " + missing
				+ ", so its progress cannot be judged: add 'baseline <year> value <value>' and 'target <value> by <year>'.",
				ItupPackage.Literals.PERFORMANCE_INDICATOR__TITLE, IssueCodes.INDICATOR_INCOMPLETE);
	}

	@Check
	public void checkMilestonesFollowDirection(PerformanceIndicator indicator) {
		if (indicator.getMilestones().isEmpty()) {
			return;
		}
		List<org.itup.analysis.monitoring.Milestone> wrong = MilestoneCheck
				.wrongWay(PlanSeries.of(indicator, 0, List.of()));
		List<IndicatorMilestone> milestones = indicator.getMilestones();
		for (int i = 0; i < milestones.size(); i++) {
			IndicatorMilestone milestone = milestones.get(i);
			if (wrong.stream().anyMatch(w -> w.year() == milestone.getYear())) {
				finding("The milestone " + milestone.getYear() + " of the indicator " + name(indicator)
						+ " goes against its direction (" + indicator.getDirection().getLiteral()
						+ "): milestones lead from the baseline towards the target.",
						ItupPackage.Literals.PERFORMANCE_INDICATOR__MILESTONES, i,
						IssueCodes.MILESTONE_AGAINST_DIRECTION);
			}
		}
	}

	@Check
	public void checkBoundInOrder(IndicatorBound bound) {
		if (bound.getKind() == BoundKind.BETWEEN && bound.getLow() != null && bound.getHigh() != null
				&& bound.getLow().compareTo(bound.getHigh()) > 0) {
			finding("The range 'between " + bound.getLow().toPlainString() + " and " + bound.getHigh().toPlainString()
					+ "' is reversed: write the lower value first.", ItupPackage.Literals.INDICATOR_BOUND__LOW,
					IssueCodes.BOUND_REVERSED);
		}
	}

	static String name(PerformanceIndicator indicator) {
		return indicator.getName() != null ? "'" + indicator.getName() + "'" : "\"" + indicator.getTitle() + "\"";
	}
}
