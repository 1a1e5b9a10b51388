package org.itup.analysis.monitoring;

import java.util.Optional;
import java.util.OptionalDouble;

import org.itup.analysis.monitoring.StatusJudgement.Measured;
import org.itup.analysis.monitoring.StatusJudgement.Method;

/**
 * Judges a value not yet at its final target, before the deadline, against the path from the start (baseline, or
 * the first value) to the checkpoint: the milestone of the chosen period when it has one, else the final target.
 */
final class RequiredPath {

	/** Where the path leads: a value due at the end of a year. */
	private record Checkpoint(int year, double value, boolean milestone, String description) {
	}

	private final StatusThresholds thresholds;

	RequiredPath(StatusThresholds thresholds) {
		this.thresholds = thresholds;
	}

	StatusJudgement judge(Series series, Period period, Measured measured) {
		String unit = series.unit();
		Measured start = ProgressJudge.start(series).orElse(measured);
		if (start.period().end() >= measured.period().end()) {
			return withoutGrowth(series, measured, checkpoint(series, period, Double.NEGATIVE_INFINITY));
		}
		Checkpoint checkpoint = checkpoint(series, period, start.period().end());
		if (checkpoint.year() <= start.period().end()) {
			return StatusJudgement.of(ProgressStatus.NO_DATA, Method.NONE, measured.describe(unit)
					+ ": the target year " + checkpoint.year() + " is not after the start in " + start.period(),
					measured, OptionalDouble.empty());
		}
		Direction direction = series.direction();
		if (direction.reached(start.value(), checkpoint.value())) {
			boolean held = direction.reached(measured.value(), checkpoint.value());
			return StatusJudgement.of(held ? ProgressStatus.ON_TRACK : ProgressStatus.OFF_TRACK, Method.TARGET,
					measured.describe(unit) + (held ? " still meets " : " fell back from ")
							+ checkpoint.description() + ", already met by " + start.describe(unit),
					measured, OptionalDouble.of(checkpoint.value()));
		}
		GrowthRatio growth = GrowthRatio.between(start.period().end(), start.value(), measured.period().end(),
				measured.value(), checkpoint.year(), checkpoint.value());
		String explanation = measured.describe(unit) + ", needs " + Numbers.withUnit(growth.expected(), unit)
				+ " to be on course for " + checkpoint.description() + " (" + Numbers.percent(growth.ratio())
				+ " of the required " + (growth.method() == Method.COMPOUND_GROWTH ? "compound annual growth"
						: "yearly change") + " since " + start.describe(unit)
				+ (growth.method() == Method.COMPOUND_GROWTH ? ""
						: ", judged linearly: compound growth needs values above zero")
				+ ")";
		return new StatusJudgement(thresholds.classify(growth.ratio()), growth.method(), explanation,
				Optional.of(measured.period()), OptionalDouble.of(measured.value()),
				OptionalDouble.of(growth.expected()), OptionalDouble.of(growth.ratio()));
	}

	/** A single value (or only the baseline): it can meet a milestone of the period, but it shows no growth. */
	private static StatusJudgement withoutGrowth(Series series, Measured measured, Checkpoint checkpoint) {
		String unit = series.unit();
		if (checkpoint.milestone()) {
			boolean met = series.direction().reached(measured.value(), checkpoint.value());
			return StatusJudgement.of(met ? ProgressStatus.ON_TRACK : ProgressStatus.OFF_TRACK, Method.MILESTONE,
					measured.describe(unit) + (met ? " meets " : " misses ") + checkpoint.description()
							+ " (no earlier value to measure growth from)",
					measured, OptionalDouble.of(checkpoint.value()));
		}
		String why = series.baseline() == null ? " is the only value: progress needs a baseline or an earlier value"
				: ": no value measured after the " + series.baseline().period() + " baseline";
		return StatusJudgement.of(ProgressStatus.NO_DATA, Method.NONE, measured.describe(unit) + why, measured,
				OptionalDouble.empty());
	}

	/** The milestone of the chosen period if it falls after {@code startTime} and before the deadline, else the target. */
	private static Checkpoint checkpoint(Series series, Period period, double startTime) {
		FinalTarget target = series.target();
		String unit = series.unit();
		double end = period.end();
		boolean endsAYear = end == Math.rint(end);
		Optional<Milestone> milestone = endsAYear ? series.milestoneIn((int) end) : Optional.empty();
		if (milestone.isPresent() && milestone.get().year() < target.year()
				&& milestone.get().year() > startTime) {
			Milestone m = milestone.get();
			return new Checkpoint(m.year(), m.value(), true,
					"the " + m.year() + " milestone of " + Numbers.withUnit(m.value(), unit));
		}
		return new Checkpoint(target.year(), target.value(), false,
				Numbers.withUnit(target.value(), unit) + " by " + target.year());
	}
}
