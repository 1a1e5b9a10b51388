package org.itup.generator.export;

import java.util.List;

import org.itup.generator.check.JsonWriter;
import org.itup.model.Baseline;
import org.itup.model.Budget;
import org.itup.model.IndicatorBound;
import org.itup.model.IndicatorMilestone;
import org.itup.model.PerformanceIndicator;

/**
 * Writes what a plan measures and funds as JSON members: indicators with every field the language gives them, and
 * budget lines. Absent text and numbers are {@code null}; absent years are left out.
 */
final class JsonMeasures {

	private final JsonWriter json;

	JsonMeasures(JsonWriter json) {
		this.json = json;
	}

	void indicators(List<PerformanceIndicator> indicators) {
		json.name("indicators").beginArray();
		for (PerformanceIndicator indicator : indicators) {
			json.beginObject();
			indicator(indicator);
			json.endObject();
		}
		json.endArray();
	}

	private void indicator(PerformanceIndicator indicator) {
		json.name("code").value(indicator.getName()).name("name").value(indicator.getTitle()).name("unit")
				.value(indicator.getUnit());
		baseline(indicator.getBaseline());
		json.name("target").value(indicator.getTargetValue());
		if (indicator.getTargetYear() > 0) {
			json.name("targetYear").value(indicator.getTargetYear());
		}
		json.name("direction").value(indicator.getDirection().getLiteral());
		bound(indicator.getBound());
		json.name("source").value(indicator.getDataSource());
		json.name("frequency").value(indicator.getFrequency().getLiteral());
		json.name("responsible").value(indicator.getResponsibleUnit());
		json.name("milestones").beginArray();
		for (IndicatorMilestone milestone : indicator.getMilestones()) {
			json.beginObject().name("year").value(milestone.getYear()).name("value").value(milestone.getValue())
					.endObject();
		}
		json.endArray();
	}

	/** A baseline with a value, or with {@code "measured": true} when the plan will measure it in that year. */
	void baseline(Baseline baseline) {
		json.name("baseline");
		if (baseline == null) {
			json.value((String) null);
			return;
		}
		json.beginObject();
		if (baseline.getYear() > 0) {
			json.name("year").value(baseline.getYear());
		}
		json.name("value").value(baseline.getValue()).name("unit").value(baseline.getUnit());
		json.name("measured").value(baseline.isMeasured()).endObject();
	}

	private void bound(IndicatorBound bound) {
		json.name("bound");
		if (bound == null) {
			json.value((String) null);
			return;
		}
		json.beginObject().name("kind").value(bound.getKind().getLiteral()).name("low").value(bound.getLow())
				.name("high").value(bound.getHigh()).endObject();
	}

	/** Budget lines; {@code period} is null for the whole plan period, as the plan writes it. */
	void budgets(List<Budget> budgets) {
		json.name("budgets").beginArray();
		for (Budget budget : budgets) {
			json.beginObject().name("amount").value(budget.getAmount()).name("currency").value(budget.getCurrency())
					.name("period").value(budget.getPeriod()).endObject();
		}
		json.endArray();
	}
}
