package org.itup.analysis.monitoring;

/** A value a series should have reached by the end of a year on its way to the final target. */
public record Milestone(int year, double value) {
}
