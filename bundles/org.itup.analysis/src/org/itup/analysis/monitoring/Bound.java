package org.itup.analysis.monitoring;

/**
 * A limit a series must respect: {@code at least low}, {@code at most high}, or {@code between low and high}
 * (both ends included). Unused ends are {@code NaN}.
 */
public record Bound(Kind kind, double low, double high) {

	/** The three forms of bound the plan language has. */
	public enum Kind {
		AT_LEAST, AT_MOST, BETWEEN
	}

	public Bound {
		if (kind == Kind.BETWEEN && !(low <= high)) {
			throw new IllegalArgumentException("between " + low + " and " + high + ": the low end is above the high end");
		}
	}

	public static Bound atLeast(double low) {
		return new Bound(Kind.AT_LEAST, low, Double.NaN);
	}

	public static Bound atMost(double high) {
		return new Bound(Kind.AT_MOST, Double.NaN, high);
	}

	public static Bound between(double low, double high) {
		return new Bound(Kind.BETWEEN, low, high);
	}

	public boolean admits(double value) {
		return switch (kind) {
			case AT_LEAST -> value >= low;
			case AT_MOST -> value <= high;
			case BETWEEN -> value >= low && value <= high;
		};
	}

	/** The bound as the plan writes it, numbers formatted for people. */
	public String describe(String unit) {
		return switch (kind) {
			case AT_LEAST -> "at least " + Numbers.withUnit(low, unit);
			case AT_MOST -> "at most " + Numbers.withUnit(high, unit);
			case BETWEEN -> "between " + Numbers.format(low) + " and " + Numbers.withUnit(high, unit);
		};
	}
}
