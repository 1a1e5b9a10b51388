package org.itup.analysis.monitoring;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds milestones that go the wrong way for the series' direction, for the validator: a milestone of an increase
 * series below the baseline or the milestone before it, or above the final target (the path would then have to
 * come back); the mirror image for a decrease series. Maintain series have no wrong way.
 */
public final class MilestoneCheck {

	private MilestoneCheck() {
	}

	public static List<Milestone> wrongWay(Series series) {
		int sign = series.direction().sign();
		List<Milestone> wrong = new ArrayList<>();
		if (sign == 0) {
			return wrong;
		}
		Double previous = series.baseline() == null ? null : series.baseline().value();
		for (Milestone milestone : series.milestones()) {
			boolean backwards = previous != null && (milestone.value() - previous) * sign < 0;
			boolean beyondTarget = series.target() != null && (series.target().value() - milestone.value()) * sign < 0;
			if (backwards || beyondTarget) {
				wrong.add(milestone);
			}
			previous = milestone.value();
		}
		return wrong;
	}
}
