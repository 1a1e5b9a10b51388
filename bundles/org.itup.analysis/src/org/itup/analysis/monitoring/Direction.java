package org.itup.analysis.monitoring;

/** The way a series should move: up, down, or stay where it is. */
public enum Direction {
	INCREASE, DECREASE, MAINTAIN;

	/** +1 when progress means a higher value, -1 when a lower one, 0 for maintain. */
	public int sign() {
		return switch (this) {
			case INCREASE -> 1;
			case DECREASE -> -1;
			case MAINTAIN -> 0;
		};
	}

	/** Whether {@code value} has reached {@code goal} in this direction (maintain: equals it). */
	public boolean reached(double value, double goal) {
		return switch (this) {
			case INCREASE -> value >= goal;
			case DECREASE -> value <= goal;
			case MAINTAIN -> value == goal;
		};
	}
}
