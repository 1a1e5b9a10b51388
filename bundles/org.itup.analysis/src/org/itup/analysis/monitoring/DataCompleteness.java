package org.itup.analysis.monitoring;

import java.util.Collection;
import java.util.List;

/**
 * Which series have a measurement within a period and which have none (a measurement of 2022-Q3 counts for 2022;
 * one of 2021 does not, even though the status of 2022 may still rest on it).
 *
 * @param period   the period asked about
 * @param measured codes of the series measured within it, in the order given
 * @param missing  codes of the series with no measurement within it, in the order given
 */
public record DataCompleteness(Period period, List<String> measured, List<String> missing) {

	public DataCompleteness {
		measured = List.copyOf(measured);
		missing = List.copyOf(missing);
	}

	public static DataCompleteness of(Collection<Series> series, Period period) {
		List<String> measured = series.stream().filter(s -> s.measuredIn(period)).map(Series::code).toList();
		List<String> missing = series.stream().filter(s -> !s.measuredIn(period)).map(Series::code).toList();
		return new DataCompleteness(period, measured, missing);
	}

	/** The share of series measured in the period, 1 when there are none to measure. */
	public double share() {
		int all = measured.size() + missing.size();
		return all == 0 ? 1 : (double) measured.size() / all;
	}
}
