package org.itup.analysis.monitoring;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.itup.model.IndicatorBound;
import org.itup.model.IndicatorDirection;
import org.itup.model.IndicatorMilestone;
import org.itup.model.Measurable;
import org.itup.model.Measurement;
import org.itup.model.PerformanceIndicator;
import org.itup.model.Target;
import org.itup.model.TargetKind;

/**
 * The series of a target or indicator as the plan states it (direction, bound, baseline, milestones, final target)
 * with the measurements monitoring files give for it: what {@link ProgressJudge} judges.
 * <p>
 * A relative target ("increase by 50 %") reaches its baseline changed by its value: by that many percent when its
 * unit is a percentage and the baseline is in another unit, else by that many units. A level target moves the way
 * from its baseline to its level; without a baseline, from its earliest measured value (so "gender equality", a gap
 * of 0 %, measured at 12.2 %, is a decrease), and up when it has neither.
 */
public final class PlanSeries {

	private PlanSeries() {
	}

	/** The series of {@code subject}, due by {@code defaultYear} when it states no year of its own. */
	public static Series of(Measurable subject, int defaultYear, List<Measurement> measurements) {
		Series.Builder series = subject instanceof PerformanceIndicator indicator ? indicator(indicator, defaultYear)
				: target((Target) subject, defaultYear);
		String unit = unitOf(subject);
		for (Measurement measurement : measurements) {
			if (measurement.getSubject() == subject && measurement.getValue() != null
					&& measurement.getPeriod() != null) {
				series.measured(measurement.getPeriod(), measurement.getValue().doubleValue());
				if ((unit == null || unit.isBlank()) && measurement.getUnit() != null) {
					// a qualitative target states no unit; the values it is measured by still have one
					unit = measurement.getUnit();
					series.unit(unit);
				}
			}
		}
		if (subject instanceof Target target && isLevelWithoutBaseline(target)) {
			earliestValue(target, measurements).filter(first -> first > target.getValue().doubleValue())
					.ifPresent(first -> series.direction(Direction.DECREASE));
		}
		return series.build();
	}

	private static boolean isLevelWithoutBaseline(Target target) {
		org.itup.model.Baseline baseline = target.getBaseline();
		return target.getKind() == TargetKind.LEVEL && target.getValue() != null
				&& (baseline == null || baseline.getValue() == null || baseline.getYear() <= 0);
	}

	/** The value measured in the earliest period, what a level target without a baseline starts from. */
	private static Optional<Double> earliestValue(Measurable subject, List<Measurement> measurements) {
		return measurements.stream().filter(m -> m.getSubject() == subject && m.getValue() != null)
				.filter(m -> Period.ifValid(m.getPeriod()).isPresent())
				.min(Comparator.comparing(m -> Period.ifValid(m.getPeriod()).get()))
				.map(m -> m.getValue().doubleValue());
	}

	/** The unit the plan measures a target or indicator in; null when it states none. */
	public static String unitOf(Measurable subject) {
		return subject instanceof PerformanceIndicator indicator ? indicator.getUnit() : ((Target) subject).getUnit();
	}

	private static Series.Builder indicator(PerformanceIndicator indicator, int defaultYear) {
		Series.Builder series = Series.builder(indicator.getName()).unit(indicator.getUnit())
				.direction(direction(indicator.getDirection()));
		org.itup.model.Baseline baseline = indicator.getBaseline();
		if (baseline != null && baseline.getValue() != null && baseline.getYear() > 0) {
			series.baseline(baseline.getYear(), baseline.getValue().doubleValue());
		}
		if (indicator.getTargetValue() != null) {
			int year = indicator.getTargetYear() > 0 ? indicator.getTargetYear() : defaultYear;
			series.target(indicator.getTargetValue().doubleValue(), year);
		}
		for (IndicatorMilestone milestone : indicator.getMilestones()) {
			if (milestone.getValue() != null) {
				series.milestone(milestone.getYear(), milestone.getValue().doubleValue());
			}
		}
		IndicatorBound bound = indicator.getBound();
		if (bound != null) {
			series.bound(bound(bound));
		}
		return series;
	}

	private static Series.Builder target(Target target, int defaultYear) {
		Series.Builder series = Series.builder(target.getName()).unit(target.getUnit());
		org.itup.model.Baseline baseline = target.getBaseline();
		boolean hasBaseline = baseline != null && baseline.getValue() != null && baseline.getYear() > 0;
		if (hasBaseline) {
			series.baseline(baseline.getYear(), baseline.getValue().doubleValue());
		}
		int year = target.getDeadline() > 0 ? target.getDeadline() : defaultYear;
		BigDecimal value = target.getValue();
		TargetKind kind = target.getKind();
		if (value == null || kind == TargetKind.QUALITATIVE || kind == TargetKind.UNSPECIFIED) {
			// no level and no direction: measured values are shown, but which way is progress the plan does not say
			return series.noStatedDirection();
		}
		if (kind == TargetKind.LEVEL) {
			boolean down = hasBaseline && value.compareTo(baseline.getValue()) < 0;
			return series.direction(down ? Direction.DECREASE : Direction.INCREASE).target(value.doubleValue(), year);
		}
		Direction direction = kind == TargetKind.DECREASE ? Direction.DECREASE : Direction.INCREASE;
		series.direction(direction);
		if (hasBaseline) {
			series.target(relativeGoal(target, baseline, direction), year);
		}
		return series;
	}

	private static double relativeGoal(Target target, org.itup.model.Baseline baseline, Direction direction) {
		double start = baseline.getValue().doubleValue();
		double change = target.getValue().doubleValue();
		boolean percentOfBaseline = "%".equals(target.getUnit()) && !"%".equals(baseline.getUnit());
		double step = percentOfBaseline ? start * change / 100 : change;
		return start + direction.sign() * step;
	}

	private static Direction direction(IndicatorDirection direction) {
		return switch (direction) {
			case DECREASE -> Direction.DECREASE;
			case MAINTAIN -> Direction.MAINTAIN;
			default -> Direction.INCREASE;
		};
	}

	private static Bound bound(IndicatorBound bound) {
		double low = bound.getLow() == null ? Double.NEGATIVE_INFINITY : bound.getLow().doubleValue();
		double high = bound.getHigh() == null ? Double.POSITIVE_INFINITY : bound.getHigh().doubleValue();
		return switch (bound.getKind()) {
			case AT_LEAST -> Bound.atLeast(low);
			case AT_MOST -> Bound.atMost(high);
			// a reversed range is the validator's finding; the series then has no bound rather than a wrong one
			default -> low <= high ? Bound.between(low, high) : null;
		};
	}
}
