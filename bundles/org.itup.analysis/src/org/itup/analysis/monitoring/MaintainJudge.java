package org.itup.analysis.monitoring;

import java.util.OptionalDouble;

import org.itup.analysis.monitoring.StatusJudgement.Measured;
import org.itup.analysis.monitoring.StatusJudgement.Method;

/**
 * Judges a series that should stay where it is. The reference is the final target's value when there is one, else
 * the baseline. Within the tolerance (relative to the reference, or absolute when the reference is zero) it is on
 * track, or achieved from the deadline on; within twice the tolerance at risk (before the deadline); further away off track.
 */
final class MaintainJudge {

	private final StatusThresholds thresholds;

	MaintainJudge(StatusThresholds thresholds) {
		this.thresholds = thresholds;
	}

	StatusJudgement judge(Series series, Period period, Measured measured) {
		String unit = series.unit();
		FinalTarget target = series.target();
		Baseline baseline = series.baseline();
		if (target == null && baseline == null) {
			return StatusJudgement.of(ProgressStatus.NO_DATA, Method.MAINTAIN, measured.describe(unit)
					+ ": nothing to maintain, the series has neither a baseline nor a target value", measured,
					OptionalDouble.empty());
		}
		double reference = target != null ? target.value() : baseline.value();
		double allowed = reference == 0 ? thresholds.maintainTolerance()
				: thresholds.maintainTolerance() * Math.abs(reference);
		double distance = Math.abs(measured.value() - reference);
		boolean due = target != null && period.end() >= target.deadline();
		ProgressStatus status;
		if (distance <= allowed) {
			status = due ? ProgressStatus.ACHIEVED : ProgressStatus.ON_TRACK;
		} else {
			// once the deadline has come, a value outside the tolerance has no time left to come back
			status = distance <= 2 * allowed && !due ? ProgressStatus.AT_RISK : ProgressStatus.OFF_TRACK;
		}
		String explanation = measured.describe(unit) + " against " + Numbers.withUnit(reference, unit)
				+ " to maintain, " + Numbers.withUnit(allowed, unit) + " allowed either way";
		return StatusJudgement.of(status, Method.MAINTAIN, explanation, measured, OptionalDouble.of(reference));
	}
}
