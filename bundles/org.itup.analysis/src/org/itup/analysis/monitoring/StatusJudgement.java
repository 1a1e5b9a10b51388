package org.itup.analysis.monitoring;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A status with what it rests on: a short explanation for people and the numbers behind it.
 *
 * @param status      the status
 * @param method      how it was reached
 * @param explanation one sentence, for example "48.6 % in 2017, needs 52.3 % to be on course for 50 % by 2020"
 * @param measuredIn  the period of the value judged, if a value was judged
 * @param value       the value judged
 * @param expected    the value the required path gives for the measured period (or the reference value kept by a
 *                    maintain series)
 * @param ratio       actual over required progress, when the method computes one
 */
public record StatusJudgement(ProgressStatus status, Method method, String explanation, Optional<Period> measuredIn,
		OptionalDouble value, OptionalDouble expected, OptionalDouble ratio) {

	/** How a status was reached. */
	public enum Method {
		/** Ratio of actual to required compound annual growth since the baseline. */
		COMPOUND_GROWTH,
		/** Ratio of actual to required average yearly change since the baseline (compound growth cannot apply). */
		LINEAR,
		/** The final target is reached, or was missed by its deadline. */
		TARGET,
		/** A value without an earlier one, compared with the milestone of the period. */
		MILESTONE,
		/** Distance from the value to keep, within the tolerance. */
		MAINTAIN,
		/** Whether the value respects the series' bound. */
		BOUND,
		/** No quantitative target: whether the value moved in the desired direction. */
		DIRECTION,
		/** Nothing to judge. */
		NONE
	}

	/** A status that rests on no value (no data, not yet due). */
	static StatusJudgement without(ProgressStatus status, String explanation) {
		return new StatusJudgement(status, Method.NONE, explanation, Optional.empty(), OptionalDouble.empty(),
				OptionalDouble.empty(), OptionalDouble.empty());
	}

	/** A status that rests on one measured value and no computed ratio. */
	static StatusJudgement of(ProgressStatus status, Method method, String explanation, Measured measured,
			OptionalDouble expected) {
		return new StatusJudgement(status, method, explanation, Optional.of(measured.period()),
				OptionalDouble.of(measured.value()), expected, OptionalDouble.empty());
	}

	/** A value and the period it was measured in. */
	record Measured(Period period, double value) {

		/** "48.6 % in 2017" */
		String describe(String unit) {
			return Numbers.withUnit(value, unit) + " in " + period;
		}
	}
}
