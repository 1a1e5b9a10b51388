package org.itup.generator.progress;

import java.util.List;
import java.util.Map;

import org.itup.analysis.monitoring.Milestone;
import org.itup.analysis.monitoring.Period;
import org.itup.analysis.monitoring.Series;

/**
 * The times and values a trajectory chart must show, which fix its scales. A projection far beyond the plan's own
 * figures (compound growth of an early jump, carried for years) would squash every other point into a line, so its
 * end widens the value scale only when it stays within one more span of the other values; beyond, it is clipped.
 */
final class ChartPoints {

	private double firstTime = Double.POSITIVE_INFINITY;
	private double lastTime = Double.NEGATIVE_INFINITY;
	private double lowValue = Double.POSITIVE_INFINITY;
	private double highValue = Double.NEGATIVE_INFINITY;

	static ChartPoints of(Series series, Period period, List<Map.Entry<Period, Double>> measured) {
		ChartPoints points = new ChartPoints();
		points.time(period.end());
		if (series.baseline() != null) {
			points.add(series.baseline().period().end(), series.baseline().value());
		}
		for (Milestone milestone : series.milestones()) {
			points.add(milestone.year(), milestone.value());
		}
		if (series.target() != null) {
			points.add(series.target().deadline(), series.target().value());
		}
		measured.forEach(value -> points.add(value.getKey().end(), value.getValue()));
		if (series.bound() != null) {
			points.value(series.bound().low());
			points.value(series.bound().high());
		}
		if (points.lowValue > points.highValue) {
			points.value(0);
		}
		return points;
	}

	void add(double time, double value) {
		time(time);
		value(value);
	}

	/** A projected point: its time always counts, its value only when near the others. */
	void addProjected(double time, double value) {
		time(time);
		double span = Math.max(highValue - lowValue, Math.max(Math.abs(highValue), 1));
		if (value >= lowValue - span && value <= highValue + span) {
			value(value);
		}
	}

	private void time(double time) {
		firstTime = Math.min(firstTime, time);
		lastTime = Math.max(lastTime, time);
	}

	private void value(double value) {
		if (Double.isFinite(value)) {
			lowValue = Math.min(lowValue, value);
			highValue = Math.max(highValue, value);
		}
	}

	double firstTime() {
		return firstTime;
	}

	double lastTime() {
		return lastTime;
	}

	double lowValue() {
		return lowValue;
	}

	double highValue() {
		return highValue;
	}
}
