package org.itup.analysis.monitoring;

import java.math.BigDecimal;
import java.util.OptionalDouble;

/** Planned and spent money of one element or goal, in the reporting currency. */
public record PlannedAndSpent(BigDecimal planned, BigDecimal spent) {

	public static final PlannedAndSpent NONE = new PlannedAndSpent(BigDecimal.ZERO, BigDecimal.ZERO);

	/** The share of the planned amount spent, empty when nothing was planned. */
	public OptionalDouble spentShare() {
		return planned.signum() == 0 ? OptionalDouble.empty()
				: OptionalDouble.of(spent.doubleValue() / planned.doubleValue());
	}

	public BigDecimal remaining() {
		return planned.subtract(spent);
	}
}
