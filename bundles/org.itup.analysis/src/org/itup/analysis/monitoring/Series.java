package org.itup.analysis.monitoring;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What progress is judged on: a target's or indicator's plan (direction, optional bound, baseline, milestones, final
 * target) and what was measured, one value per period. Plain data, independent of the plan model; the adapter from
 * the model builds it with {@link #builder(String)}.
 *
 * @param code         the target's or indicator's code, used in roll-ups and data-completeness lists
 * @param unit         the unit the values are in, may be empty
 * @param direction    the desired direction
 * @param bound        a limit the value must respect, or null
 * @param baseline     the starting point, or null when unknown
 * @param milestones   intermediate values by year, in year order
 * @param target       the final target, or null when the series has only a direction or a bound
 * @param measurements measured values by period, in period order
 * @param directionStated whether the plan states which way the series should move; a qualitative target states no
 *                     level and no direction, so its values are shown but cannot be judged (its {@code direction} is
 *                     then only the builder's default)
 */
public record Series(String code, String unit, Direction direction, Bound bound, Baseline baseline,
		List<Milestone> milestones, FinalTarget target, NavigableMap<Period, Double> measurements,
		boolean directionStated) {

	public Series {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(direction, "direction");
		unit = unit == null ? "" : unit;
		List<Milestone> sorted = new ArrayList<>(milestones);
		sorted.sort(Comparator.comparingInt(Milestone::year));
		milestones = List.copyOf(sorted);
		measurements = Collections.unmodifiableNavigableMap(new TreeMap<>(measurements));
	}

	public static Builder builder(String code) {
		return new Builder(code);
	}

	/** The milestone set for {@code year}, if any. */
	public Optional<Milestone> milestoneIn(int year) {
		return milestones.stream().filter(m -> m.year() == year).findFirst();
	}

	/** The latest measurement that ends no later than {@code period} ends. */
	public Optional<Map.Entry<Period, Double>> latestBy(Period period) {
		return measurements.entrySet().stream()
				.filter(e -> e.getKey().end() <= period.end())
				.reduce((first, second) -> second);
	}

	/** Whether some measurement falls wholly within {@code period}. */
	public boolean measuredIn(Period period) {
		return measurements.keySet().stream().anyMatch(period::contains);
	}

	/** Collects a series step by step; unset parts stay absent. */
	public static final class Builder {
		private final String code;
		private String unit = "";
		private Direction direction = Direction.INCREASE;
		private Bound bound;
		private Baseline baseline;
		private final List<Milestone> milestones = new ArrayList<>();
		private FinalTarget target;
		private final TreeMap<Period, Double> measurements = new TreeMap<>();
		private boolean directionStated = true;

		private Builder(String code) {
			this.code = code;
		}

		public Builder unit(String value) {
			unit = value;
			return this;
		}

		public Builder direction(Direction value) {
			direction = value;
			return this;
		}

		public Builder bound(Bound value) {
			bound = value;
			return this;
		}

		public Builder baseline(int year, double value) {
			baseline = Baseline.of(year, value);
			return this;
		}

		public Builder baseline(Baseline value) {
			baseline = value;
			return this;
		}

		public Builder milestone(int year, double value) {
			milestones.add(new Milestone(year, value));
			return this;
		}

		public Builder target(double value, int year) {
			target = new FinalTarget(value, year);
			return this;
		}

		/** The plan says neither a level nor a direction (a qualitative target). */
		public Builder noStatedDirection() {
			directionStated = false;
			return this;
		}

		public Builder measured(String period, double value) {
			return measured(Period.parse(period), value);
		}

		public Builder measured(Period period, double value) {
			measurements.put(period, value);
			return this;
		}

		public Series build() {
			return new Series(code, unit, direction, bound, baseline, milestones, target, measurements,
					directionStated);
		}
	}
}
