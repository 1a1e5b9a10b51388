package org.itup.generator.progress;

import java.util.Map;
import java.util.Optional;

import org.itup.analysis.monitoring.Period;
import org.itup.analysis.monitoring.Series;

/**
 * Where a series ends up at its horizon if it keeps the pace it has kept since its start (the baseline, or the
 * first value): the projection line of a trajectory chart. The pace is the one the status method measures, compound
 * annual growth when the start and the latest value are above zero, else the average yearly change, so the line
 * shows the reader the same pace the status was judged on.
 *
 * @param fromTime  the latest value's time, on the year scale of {@link Period#end()}
 * @param fromValue the latest value by the reported period
 * @param toTime    the horizon
 * @param toValue   the value at the horizon at the kept pace
 * @param compound  whether the pace is compound growth (else linear)
 */
public record Projection(double fromTime, double fromValue, double toTime, double toValue, boolean compound) {

	/**
	 * The projection of the values measured by the end of {@code period} to {@code horizon}; empty without two
	 * points in time to take a pace from, or when the latest value is at or past the horizon.
	 */
	public static Optional<Projection> of(Series series, Period period, double horizon) {
		Optional<Map.Entry<Period, Double>> latest = series.latestBy(period);
		if (latest.isEmpty()) {
			return Optional.empty();
		}
		double tv = latest.get().getKey().end();
		double v = latest.get().getValue();
		double tb;
		double b;
		if (series.baseline() != null) {
			tb = series.baseline().period().end();
			b = series.baseline().value();
		} else {
			tb = series.measurements().firstKey().end();
			b = series.measurements().firstEntry().getValue();
		}
		if (!(tv > tb) || !(horizon > tv)) {
			return Optional.empty();
		}
		if (b > 0 && v > 0) {
			double yearly = Math.pow(v / b, 1 / (tv - tb));
			return Optional.of(new Projection(tv, v, horizon, v * Math.pow(yearly, horizon - tv), true));
		}
		double slope = (v - b) / (tv - tb);
		return Optional.of(new Projection(tv, v, horizon, v + slope * (horizon - tv), false));
	}
}
