package org.itup.analysis.monitoring;

/** The value a series should reach by the end of its deadline year. */
public record FinalTarget(double value, int year) {

	/** The deadline on the year scale of {@link Period#end()}. */
	public double deadline() {
		return year;
	}
}
