package org.itup.generator.export;

import static org.itup.analysis.text.MarkdownText.cell;
import static org.itup.analysis.text.MarkdownText.phrase;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import org.itup.analysis.monitoring.PlanProgress;
import org.itup.analysis.monitoring.StatusJudgement;
import org.itup.generator.MeasureText;
import org.itup.model.Budget;
import org.itup.model.PerformanceIndicator;
import org.itup.model.ReportingFrequency;

/**
 * The Markdown of what a plan measures and funds: indicators as a nested list under their element, budget lines, and
 * the status table of the monitoring period. Plan text is escaped as everywhere in the export.
 */
final class MarkdownMeasures {

	private final StringBuilder out;

	MarkdownMeasures(StringBuilder out) {
		this.out = out;
	}

	/** The indicators as list items indented by {@code indent} spaces, one fact list under each. */
	void indicators(List<PerformanceIndicator> indicators, int indent) {
		String pad = " ".repeat(indent);
		for (PerformanceIndicator indicator : indicators) {
			out.append(pad).append("- ").append("Indicator").append(' ');
			if (indicator.getName() != null) {
				out.append("**").append(phrase(indicator.getName())).append("** ");
			}
			out.append(phrase(indicator.getTitle() == null ? "" : indicator.getTitle())).append('\n');
			List<String> facts = facts(indicator);
			facts.forEach(fact -> out.append(pad).append("  - ").append(fact).append('\n'));
		}
	}

	private static List<String> facts(PerformanceIndicator indicator) {
		List<String> facts = new ArrayList<>();
		fact(facts, "unit", indicator.getUnit());
		fact(facts, "baseline", MeasureText.baseline(indicator.getBaseline(), indicator.getUnit()));
		fact(facts, "target", MeasureText.target(indicator));
		fact(facts, "milestones", MeasureText.milestones(indicator));
		fact(facts, "direction", MeasureText.direction(indicator));
		fact(facts, "bound", MeasureText.bound(indicator));
		fact(facts, "source", indicator.getDataSource());
		fact(facts, "frequency", indicator.getFrequency() == ReportingFrequency.UNSPECIFIED ? "" : indicator.getFrequency().getLiteral());
		fact(facts, "responsible", indicator.getResponsibleUnit());
		return facts;
	}

	private static void fact(List<String> facts, String name, String value) {
		if (value != null && !value.isEmpty()) {
			facts.add(name + ": " + phrase(value));
		}
	}

	/** A paragraph listing the element's budget lines; nothing when it has none. */
	void budgets(List<Budget> budgets) {
		if (!budgets.isEmpty()) {
			out.append("**Budget**: ").append(phrase(MeasureText.budgets(budgets))).append("\n\n");
		}
	}

	/** The status of every target and indicator as of the progress' period, with the values judged. */
	void statusTable(PlanProgress progress) {
		out.append("## Status as of ").append(progress.period()).append("\n\n");
		out.append("| Code | Status | Measured | In | Expected | Explanation |\n|---|---|---|---|---|---|\n");
		for (Map.Entry<String, StatusJudgement> entry : progress.judgements().entrySet()) {
			StatusJudgement judgement = entry.getValue();
			String unit = progress.series().get(entry.getKey()).unit();
			out.append("| ").append(cell(entry.getKey())).append(" | ").append(judgement.status().label())
					.append(" | ").append(cell(number(judgement.value(), unit))).append(" | ")
					.append(judgement.measuredIn().map(Object::toString).orElse("")).append(" | ")
					.append(cell(number(judgement.expected(), unit))).append(" | ")
					.append(cell(judgement.explanation())).append(" |\n");
		}
		List<String> missing = progress.completeness().missing();
		out.append('\n').append(missing.isEmpty() ? "Every target and indicator has a value for " + progress.period()
				: "No value for " + progress.period() + ": " + phrase(String.join(", ", missing))).append(".\n\n");
	}

	private static String number(OptionalDouble value, String unit) {
		return value.isPresent() && Double.isFinite(value.getAsDouble())
				? MeasureText.computed(value.getAsDouble(), unit) : "";
	}
}
