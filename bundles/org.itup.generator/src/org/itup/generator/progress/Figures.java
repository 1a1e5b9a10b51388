package org.itup.generator.progress;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Numbers as the progress report writes them: the same on every machine, whatever its locale. */
public final class Figures {

	private Figures() {
	}

	/** At most two decimals, no trailing zeros: 12.2, 9.15, 120. */
	public static String number(double value) {
		if (!Double.isFinite(value)) {
			return Double.toString(value);
		}
		BigDecimal rounded = BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
		return rounded.scale() < 0 ? rounded.setScale(0).toPlainString() : rounded.toPlainString();
	}

	/** "12.2 %", "120 countries", or the bare number when the series has no unit. */
	public static String withUnit(double value, String unit) {
		return unit == null || unit.isBlank() ? number(value) : number(value) + " " + unit;
	}

	/** Money with thousands grouped and cents only when there are any: "1,250,000 CHF", "12.50 CHF". */
	public static String money(BigDecimal amount, String currency) {
		String pattern = amount.stripTrailingZeros().scale() > 0 ? "#,##0.00" : "#,##0";
		DecimalFormat format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT));
		String text = format.format(amount);
		return currency == null || currency.isBlank() ? text : text + " " + currency;
	}

	/** A share as a whole percentage: 0.4 as "40 %". */
	public static String percent(double share) {
		return Math.round(share * 100) + " %";
	}
}
