package org.itup.analysis.monitoring;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The plan's reporting currency and its declared rates: {@code rate "USD" 0.98} means 1 USD is worth 0.98 units of
 * the reporting currency. Amounts in a currency without a rate are never converted at a guessed rate; they are
 * reported as {@link MissingRate}s and left out of totals.
 */
public record CurrencyRates(String reportingCurrency, Map<String, BigDecimal> rates) {

	public CurrencyRates {
		Objects.requireNonNull(reportingCurrency, "reportingCurrency");
		rates = Map.copyOf(rates);
	}

	/** The amount in the reporting currency, or empty when its currency has no declared rate. */
	public Optional<BigDecimal> convert(Money money) {
		if (money.currency().equals(reportingCurrency)) {
			return Optional.of(money.amount());
		}
		return Optional.ofNullable(rates.get(money.currency())).map(money.amount()::multiply);
	}

	/** The allocations whose currency has no declared rate, in the order given. */
	public List<MissingRate> missing(Collection<Allocation> allocations) {
		return allocations.stream().filter(a -> convert(a.money()).isEmpty())
				.map(a -> new MissingRate(a, reportingCurrency)).toList();
	}
}
