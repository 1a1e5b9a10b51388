package org.itup.analysis.monitoring;

import java.util.Objects;

/**
 * Money set against a plan element (a sector, objective or output) for a period: planned in the financial plan, or
 * spent as a monitoring file reports it. The same record serves both; the list it is in says which.
 */
public record Allocation(String element, Money money, Period period) {

	public Allocation {
		Objects.requireNonNull(element, "element");
		Objects.requireNonNull(money, "money");
		Objects.requireNonNull(period, "period");
	}

	public static Allocation of(String element, String amount, String currency, String period) {
		return new Allocation(element, Money.of(amount, currency), Period.parse(period));
	}
}
