package org.itup.analysis.monitoring;

import java.math.BigDecimal;
import java.util.Objects;

/** An amount in a currency, as the plan writes it ({@code 85000 "USD"}). */
public record Money(BigDecimal amount, String currency) {

	public Money {
		Objects.requireNonNull(amount, "amount");
		Objects.requireNonNull(currency, "currency");
	}

	public static Money of(String amount, String currency) {
		return new Money(new BigDecimal(amount), currency);
	}

	public boolean negative() {
		return amount.signum() < 0;
	}

	@Override
	public String toString() {
		return amount.toPlainString() + " " + currency;
	}
}
