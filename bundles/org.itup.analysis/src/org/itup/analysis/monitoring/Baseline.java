package org.itup.analysis.monitoring;

/** Where a series starts: its value in a period (usually a year). */
public record Baseline(Period period, double value) {

	public Baseline {
		java.util.Objects.requireNonNull(period, "period");
	}

	public static Baseline of(int year, double value) {
		return new Baseline(Period.year(year), value);
	}
}
