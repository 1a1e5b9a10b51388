package org.itup.analysis.diff;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.itup.model.Budget;
import org.itup.model.IndicatorBound;
import org.itup.model.IndicatorDirection;
import org.itup.model.PerformanceIndicator;
import org.itup.model.ReportingFrequency;

/**
 * Indicators and budget lines as fields of the element that holds them, one field per figure a reviewer checks: an
 * indicator gives a field {@code indicator <code>} (its title, so an indicator added or dropped shows as given or
 * gone) and one per value it states, {@code indicator <code>: baseline}, {@code ...: target}, unit, direction,
 * bound, milestones, source, frequency and responsible unit, so a moved baseline shows alone as that field's old and
 * new value. A budget line is a field {@code budget <period> <currency>} holding its amount.
 */
final class IndicatorFields {

	private IndicatorFields() {
	}

	static PlanItem withIndicators(PlanItem item, List<PerformanceIndicator> indicators) {
		PlanItem with = item;
		for (PerformanceIndicator indicator : indicators) {
			String key = "indicator " + (indicator.getName() != null ? indicator.getName() : indicator.getTitle());
			with = with.withField(key, indicator.getTitle() != null ? indicator.getTitle() : "given");
			for (Map.Entry<String, String> value : values(indicator).entrySet()) {
				if (value.getValue() != null) {
					with = with.withField(key + ": " + value.getKey(), value.getValue());
				}
			}
		}
		return with;
	}

	/** The indicator's values by name, in the order a reviewer reads them; null where it states none. */
	private static Map<String, String> values(PerformanceIndicator indicator) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("unit", indicator.getUnit());
		values.put("baseline", PlanItems.baseline(indicator.getBaseline()));
		values.put("target", target(indicator));
		values.put("direction", indicator.getDirection() == null
				|| indicator.getDirection() == IndicatorDirection.UNSPECIFIED ? null
						: indicator.getDirection().getLiteral());
		values.put("bound", bound(indicator.getBound()));
		values.put("milestones", indicator.getMilestones().isEmpty() ? null
				: indicator.getMilestones().stream()
						.map(milestone -> milestone.getYear() + " " + plain(milestone.getValue()))
						.collect(Collectors.joining(", ")));
		values.put("source", indicator.getDataSource());
		values.put("frequency", indicator.getFrequency() == null
				|| indicator.getFrequency() == ReportingFrequency.UNSPECIFIED ? null
						: indicator.getFrequency().getLiteral());
		values.put("responsible", indicator.getResponsibleUnit());
		return values;
	}

	private static String target(PerformanceIndicator indicator) {
		if (indicator.getTargetValue() == null) {
			return indicator.getTargetYear() == 0 ? null : "by " + indicator.getTargetYear();
		}
		String value = plain(indicator.getTargetValue());
		return indicator.getTargetYear() == 0 ? value : value + " by " + indicator.getTargetYear();
	}

	/**
	 * One field per budget line, named by its period and currency so a line's amount changing shows as that field;
	 * a second line of the same period and currency is numbered.
	 */
	static PlanItem withBudgets(PlanItem item, List<Budget> budgets) {
		PlanItem with = item;
		Map<String, Integer> seen = new HashMap<>();
		for (Budget budget : budgets) {
			String key = "budget" + (budget.getPeriod() == null ? "" : " " + budget.getPeriod())
					+ (budget.getCurrency() == null ? "" : " " + budget.getCurrency());
			int count = seen.merge(key, 1, Integer::sum);
			with = with.withField(count == 1 ? key : key + " (" + count + ")", plain(budget.getAmount()));
		}
		return with;
	}

	private static String bound(IndicatorBound bound) {
		if (bound == null || bound.getKind() == null) {
			return null;
		}
		String low = plain(bound.getLow());
		return switch (bound.getKind()) {
		case BETWEEN -> "between " + low + " and " + plain(bound.getHigh());
		default -> bound.getKind().getLiteral() + " " + low;
		};
	}

	private static String plain(BigDecimal value) {
		return value == null ? "?" : value.stripTrailingZeros().toPlainString();
	}
}
