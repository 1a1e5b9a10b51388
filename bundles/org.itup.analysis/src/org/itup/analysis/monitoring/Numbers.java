package org.itup.analysis.monitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Numbers written for people in explanations: at most two decimals, no trailing zeros, a dot as separator. */
final class Numbers {

	private Numbers() {
	}

	static String format(double value) {
		if (Double.isNaN(value) || Double.isInfinite(value)) {
			return Double.toString(value);
		}
		BigDecimal rounded = BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
		return rounded.scale() < 0 ? rounded.setScale(0).toPlainString() : rounded.toPlainString();
	}

	static String withUnit(double value, String unit) {
		return unit == null || unit.isBlank() ? format(value) : format(value) + " " + unit;
	}

	/** A ratio as a percentage, for example 0.873 as "87 %". */
	static String percent(double ratio) {
		return format(Math.round(ratio * 1000) / 10.0) + " %";
	}
}
