package org.itup.analysis.monitoring;

import java.math.BigDecimal;

/** A parent's allocation for a period that its children's allocations within that period exceed. */
public record Overrun(String parent, Period period, BigDecimal parentAmount, BigDecimal childrenAmount,
		String currency) {

	public String describe() {
		return "the allocations to the parts of " + parent + " within " + period + " come to "
				+ childrenAmount.stripTrailingZeros().toPlainString() + " " + currency + ", more than its "
				+ parentAmount.stripTrailingZeros().toPlainString() + " " + currency;
	}
}
