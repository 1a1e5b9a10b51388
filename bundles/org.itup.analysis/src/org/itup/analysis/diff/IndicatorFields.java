package org.itup.analysis.diff;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.itup.model.Budget;
import org.itup.model.IndicatorBound;
import org.itup.model.IndicatorDirection;
import org.itup.model.PerformanceIndicator;
import org.itup.model.ReportingFrequency;

/**
 * Indicators and budget lines as fields of the element that holds them: an indicator is a field named by its code (or
 * its title when it has none) whose value sums up its unit, baseline, target, direction, bound, milestones, source,
 * frequency and responsible unit, so a moved baseline or target shows as that indicator's change; an indicator added
 * or dropped shows as a field given or gone. Budget lines are one field, a line each.
 */
final class IndicatorFields {

	private IndicatorFields() {
	}

	static PlanItem withIndicators(PlanItem item, List<PerformanceIndicator> indicators) {
		PlanItem with = item;
		for (PerformanceIndicator indicator : indicators) {
			String key = indicator.getName() != null ? indicator.getName() : indicator.getTitle();
			with = with.withField("indicator " + key, summary(indicator));
		}
		return with;
	}

	static PlanItem withBudgets(PlanItem item, List<Budget> budgets) {
		if (budgets.isEmpty()) {
			return item;
		}
		return item.withField("budget", budgets.stream().map(IndicatorFields::budget).collect(Collectors.joining("\n")));
	}

	private static String budget(Budget budget) {
		String line = PlanItems.amount(budget.getAmount(), budget.getCurrency());
		return budget.getPeriod() == null ? line : line + " for " + budget.getPeriod();
	}

	private static String summary(PerformanceIndicator indicator) {
		List<String> parts = new ArrayList<>();
		if (indicator.getName() != null && indicator.getTitle() != null) {
			parts.add("\"" + indicator.getTitle() + "\"");
		}
		add(parts, "unit", indicator.getUnit());
		add(parts, "baseline", PlanItems.baseline(indicator.getBaseline()));
		if (indicator.getTargetValue() != null) {
			parts.add("target " + plain(indicator.getTargetValue())
					+ (indicator.getTargetYear() == 0 ? "" : " by " + indicator.getTargetYear()));
		}
		if (indicator.getDirection() != null && indicator.getDirection() != IndicatorDirection.UNSPECIFIED) {
			parts.add("direction " + indicator.getDirection().getLiteral());
		}
		add(parts, "bound", bound(indicator.getBound()));
		if (!indicator.getMilestones().isEmpty()) {
			parts.add("milestones " + indicator.getMilestones().stream()
					.map(milestone -> milestone.getYear() + " " + plain(milestone.getValue()))
					.collect(Collectors.joining(", ")));
		}
		add(parts, "source", indicator.getDataSource());
		if (indicator.getFrequency() != null && indicator.getFrequency() != ReportingFrequency.UNSPECIFIED) {
			parts.add("frequency " + indicator.getFrequency().getLiteral());
		}
		add(parts, "responsible", indicator.getResponsibleUnit());
		return String.join("; ", parts);
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

	private static void add(List<String> parts, String label, String value) {
		if (value != null) {
			parts.add(label + " " + value);
		}
	}

	private static String plain(BigDecimal value) {
		return value == null ? "?" : value.stripTrailingZeros().toPlainString();
	}
}
