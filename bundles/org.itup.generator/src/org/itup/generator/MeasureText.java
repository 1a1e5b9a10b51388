package org.itup.generator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.stream.Collectors;

import org.itup.model.Baseline;
import org.itup.model.Budget;
import org.itup.model.IndicatorBound;
import org.itup.model.PerformanceIndicator;

/**
 * An indicator's and a budget's facts as short plain text for people, shared by the Markdown export and the plan
 * report so both say "31.2 % in 2014" and "50 % by 2020" alike. Plan numbers are shown as written; numbers computed
 * by a judgement with at most two decimals. Callers escape the text for their markup.
 */
public final class MeasureText {

	private MeasureText() {
	}

	/** "31.2 % in 2014", "2014, to be measured", or empty. */
	public static String baseline(Baseline baseline, String unit) {
		if (baseline == null) {
			return "";
		}
		if (baseline.getValue() == null) {
			return baseline.isMeasured() ? baseline.getYear() + ", to be measured" : Integer.toString(baseline.getYear());
		}
		String own = baseline.getUnit() != null ? baseline.getUnit() : unit;
		return amount(baseline.getValue(), own) + " in " + baseline.getYear();
	}

	/** "50 % by 2020", "50 %" (due by its element's deadline), or empty. */
	public static String target(PerformanceIndicator indicator) {
		if (indicator.getTargetValue() == null) {
			return "";
		}
		String value = amount(indicator.getTargetValue(), indicator.getUnit());
		return indicator.getTargetYear() > 0 ? value + " by " + indicator.getTargetYear() : value;
	}

	/** "2017: 40; 2018: 43", or empty. */
	public static String milestones(PerformanceIndicator indicator) {
		return indicator.getMilestones().stream()
				.map(m -> m.getYear() + ": " + (m.getValue() == null ? "" : amount(m.getValue(), indicator.getUnit())))
				.collect(Collectors.joining("; "));
	}

	/** "at least 15 %", "between 10 and 20 %", or empty. */
	public static String bound(PerformanceIndicator indicator) {
		IndicatorBound bound = indicator.getBound();
		if (bound == null) {
			return "";
		}
		String unit = indicator.getUnit();
		return switch (bound.getKind()) {
			case AT_LEAST -> "at least " + amount(bound.getLow(), unit);
			case AT_MOST -> "at most " + amount(bound.getHigh(), unit);
			case BETWEEN -> "between " + plain(bound.getLow()) + " and " + amount(bound.getHigh(), unit);
		};
	}

	/** The direction as the plan writes it; empty when the plan gives none. */
	public static String direction(PerformanceIndicator indicator) {
		return indicator.getDirection() == null ? "" : indicator.getDirection().getLiteral();
	}

	/** "12000000 CHF for 2020-2021", "85000 USD for the plan period". */
	public static String budget(Budget budget) {
		return amount(budget.getAmount(), budget.getCurrency()) + " for "
				+ (budget.getPeriod() == null ? "the plan period" : budget.getPeriod());
	}

	/** The budget lines, one after the other; empty when there are none. */
	public static String budgets(List<Budget> budgets) {
		return budgets.stream().map(MeasureText::budget).collect(Collectors.joining("; "));
	}

	/** A plan number as written, with its unit when there is one. */
	public static String amount(BigDecimal value, String unit) {
		String number = plain(value);
		return unit == null || unit.isBlank() ? number : number + " " + unit;
	}

	/** A computed number with at most two decimals and no trailing zeros, with its unit when there is one. */
	public static String computed(double value, String unit) {
		BigDecimal rounded = BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
		return amount(rounded.scale() < 0 ? rounded.setScale(0) : rounded, unit);
	}

	private static String plain(BigDecimal value) {
		return value == null ? "?" : value.toPlainString();
	}
}
