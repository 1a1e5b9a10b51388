package org.itup.analysis.monitoring;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import org.itup.analysis.monitoring.StatusJudgement.Measured;
import org.itup.analysis.monitoring.StatusJudgement.Method;

/**
 * Judges a series' progress in a chosen period, on the latest value measured by the end of that period. The order of
 * the questions, and why, is in docs/monitoring.md ("Status of a target or indicator"):
 * <ol>
 * <li>the period ends at or before the baseline: not yet due; nothing measured by its end: no data;</li>
 * <li>outside its bound: off track;</li>
 * <li>maintain: within the tolerance of the target value (else the baseline);</li>
 * <li>no final target: the bound respected is achieved, otherwise the direction of change decides;</li>
 * <li>the final target reached: achieved (also when reached after its deadline, which the explanation says);</li>
 * <li>the deadline passed without it: off track;</li>
 * <li>otherwise the ratio of actual to required growth ({@link GrowthRatio}) towards the milestone of the chosen
 * period when it has one, else towards the final target, classified by the {@link StatusThresholds}.</li>
 * </ol>
 */
public final class ProgressJudge {

	private final StatusThresholds thresholds;

	public ProgressJudge(StatusThresholds thresholds) {
		this.thresholds = thresholds;
	}

	public StatusJudgement judge(Series series, Period period) {
		Baseline baseline = series.baseline();
		if (baseline != null && period.end() <= baseline.period().end()) {
			// values from before the baseline are history, not progress
			return StatusJudgement.without(ProgressStatus.NOT_YET_DUE,
					period + " is not after the " + baseline.period() + " baseline: nothing is due yet");
		}
		Optional<Map.Entry<Period, Double>> latest = series.latestBy(period);
		if (latest.isEmpty()) {
			return StatusJudgement.without(ProgressStatus.NO_DATA, "no measurement up to " + period);
		}
		Measured measured = new Measured(latest.get().getKey(), latest.get().getValue());
		String unit = series.unit();
		if (series.bound() != null && !series.bound().admits(measured.value())) {
			return StatusJudgement.of(ProgressStatus.OFF_TRACK, Method.BOUND, measured.describe(unit)
					+ " is outside the bound of " + series.bound().describe(unit), measured, OptionalDouble.empty());
		}
		if (series.direction() == Direction.MAINTAIN) {
			return new MaintainJudge(thresholds).judge(series, period, measured);
		}
		if (series.target() == null) {
			return withoutTarget(series, measured);
		}
		return againstTarget(series, period, measured);
	}

	private static StatusJudgement withoutTarget(Series series, Measured measured) {
		String unit = series.unit();
		if (series.bound() != null) {
			return StatusJudgement.of(ProgressStatus.ACHIEVED, Method.BOUND, measured.describe(unit)
					+ " is within the bound of " + series.bound().describe(unit), measured, OptionalDouble.empty());
		}
		if (!series.directionStated()) {
			return StatusJudgement.of(ProgressStatus.NO_DATA, Method.NONE, measured.describe(unit)
					+ ": the target states no level or direction to judge a value against", measured,
					OptionalDouble.empty());
		}
		Optional<Measured> start = start(series);
		if (start.isEmpty() || start.get().period().end() >= measured.period().end()) {
			return StatusJudgement.of(ProgressStatus.NO_DATA, Method.DIRECTION, measured.describe(unit)
					+ " and no earlier value: the direction of change is unknown", measured, OptionalDouble.empty());
		}
		double change = (measured.value() - start.get().value()) * series.direction().sign();
		ProgressStatus status = change > 0 ? ProgressStatus.ON_TRACK
				: change == 0 ? ProgressStatus.AT_RISK : ProgressStatus.OFF_TRACK;
		String moved = change > 0 ? "moved the desired way" : change == 0 ? "did not move" : "moved the wrong way";
		return StatusJudgement.of(status, Method.DIRECTION, measured.describe(unit) + " " + moved + " from "
				+ start.get().describe(unit) + " (no target: judged by direction only)", measured,
				OptionalDouble.empty());
	}

	private StatusJudgement againstTarget(Series series, Period period, Measured measured) {
		FinalTarget target = series.target();
		String unit = series.unit();
		String goal = Numbers.withUnit(target.value(), unit) + " by " + target.year();
		if (series.direction().reached(measured.value(), target.value())) {
			String late = measured.period().end() > target.deadline()
					? ", after the " + target.year() + " deadline" : "";
			return StatusJudgement.of(ProgressStatus.ACHIEVED, Method.TARGET,
					measured.describe(unit) + " reaches the target of " + goal + late, measured,
					OptionalDouble.of(target.value()));
		}
		if (period.end() > target.deadline()) {
			return StatusJudgement.of(ProgressStatus.OFF_TRACK, Method.TARGET, measured.describe(unit)
					+ ": the target of " + goal + " was missed", measured, OptionalDouble.of(target.value()));
		}
		return new RequiredPath(thresholds).judge(series, period, measured);
	}

	/** The declared baseline, or else the first measurement (the first value available stands in for it). */
	static Optional<Measured> start(Series series) {
		if (series.baseline() != null) {
			return Optional.of(new Measured(series.baseline().period(), series.baseline().value()));
		}
		return Optional.ofNullable(series.measurements().firstEntry())
				.map(first -> new Measured(first.getKey(), first.getValue()));
	}
}
