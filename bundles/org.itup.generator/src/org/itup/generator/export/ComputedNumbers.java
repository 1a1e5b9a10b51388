package org.itup.generator.export;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Numbers the exports compute (a status's expected value and ratio), written to twelve significant digits: enough
 * for any figure a plan states, and free of the binary noise of floating point (a target of 70 % reached by compound
 * growth computes to 70.00000000000001).
 */
final class ComputedNumbers {

	private static final MathContext DIGITS = new MathContext(12);

	private ComputedNumbers() {
	}

	/** The number rounded, without trailing zeros; empty for none, an infinity or not-a-number. */
	static Optional<BigDecimal> of(OptionalDouble value) {
		if (value.isEmpty() || !Double.isFinite(value.getAsDouble())) {
			return Optional.empty();
		}
		return Optional.of(BigDecimal.valueOf(value.getAsDouble()).round(DIGITS).stripTrailingZeros());
	}
}
