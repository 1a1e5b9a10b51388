package org.itup.generator.progress;

import java.util.ArrayList;
import java.util.List;

/**
 * A linear map from data values to drawing coordinates, with tick values a reader can take in at a glance (steps of
 * 1, 2 or 5 times a power of ten). The domain is widened to whole ticks, so the axis starts and ends on a labelled
 * value and every point lies inside it.
 *
 * @param low       the domain's low end
 * @param high      the domain's high end, above {@code low}
 * @param fromPixel the coordinate of {@code low}
 * @param toPixel   the coordinate of {@code high} (smaller than {@code fromPixel} for a vertical axis)
 * @param step      the distance between ticks
 */
public record ChartScale(double low, double high, double fromPixel, double toPixel, double step) {

	public ChartScale {
		if (!(high > low) || !(step > 0)) {
			throw new IllegalArgumentException("an empty domain: " + low + " to " + high + " by " + step);
		}
	}

	/**
	 * A scale over values from {@code min} to {@code max} with about {@code ticks} intervals, widened to whole steps;
	 * a single value gets room around it.
	 */
	public static ChartScale nice(double min, double max, int ticks, double fromPixel, double toPixel) {
		if (max < min) {
			throw new IllegalArgumentException(min + " is above " + max);
		}
		if (max == min) {
			double room = min == 0 ? 1 : Math.abs(min) * 0.1;
			min -= room;
			max += room;
		}
		double step = niceStep((max - min) / ticks);
		double low = Math.floor(min / step) * step;
		double high = Math.ceil(max / step) * step;
		return new ChartScale(low, high, fromPixel, toPixel, step);
	}

	/**
	 * A scale of whole years with a tick per year, or per few years when there are many. A single year gets a year
	 * either side, so its point stands in the middle rather than on the axis.
	 */
	public static ChartScale years(double first, double last, double fromPixel, double toPixel) {
		double low = Math.floor(first);
		double high = Math.ceil(last);
		if (high - low < 1) {
			low -= 1;
			high = low + 2;
		}
		double step = Math.max(1, Math.ceil((high - low) / 10));
		return new ChartScale(low, high, fromPixel, toPixel, step);
	}

	/** 1, 2 or 5 times the power of ten at or above {@code rough}. */
	static double niceStep(double rough) {
		double power = Math.pow(10, Math.floor(Math.log10(rough)));
		double fraction = rough / power;
		double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
		return nice * power;
	}

	/** The coordinate of a value. */
	public double at(double value) {
		return fromPixel + (value - low) / (high - low) * (toPixel - fromPixel);
	}

	public boolean covers(double value) {
		return value >= low && value <= high;
	}

	/** The tick values from low to high. */
	public List<Double> ticks() {
		List<Double> ticks = new ArrayList<>();
		long count = Math.round((high - low) / step);
		for (long i = 0; i <= count; i++) {
			// multiplied, not summed, so 0.1 + 0.2 does not creep into a label
			ticks.add(Math.round((low + i * step) / step) * step);
		}
		return ticks;
	}
}
