package org.itup.analysis.monitoring;

/** An amount that could not be converted into the reporting currency because no rate is declared for its currency. */
public record MissingRate(Allocation allocation, String reportingCurrency) {

	public String describe() {
		return allocation.element() + ": " + allocation.money() + " for " + allocation.period()
				+ " has no declared rate to " + reportingCurrency;
	}
}
