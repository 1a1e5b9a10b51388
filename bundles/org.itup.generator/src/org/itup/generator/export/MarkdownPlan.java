package org.itup.generator.export;

import static org.itup.analysis.text.MarkdownText.cell;
import static org.itup.analysis.text.MarkdownText.inline;
import static org.itup.analysis.text.MarkdownText.phrase;

import java.util.List;
import java.util.function.Function;

import org.itup.analysis.LinkageKind;
import org.itup.analysis.LinkageMatrix;
import org.itup.analysis.PlanSummary;
import org.itup.analysis.StrategicPlan;
import org.itup.analysis.monitoring.PlanMonitoring;
import org.itup.analysis.vocabulary.PlanVocabulary;
import org.itup.generator.MeasureText;
import org.itup.model.Budget;
import org.itup.model.CoreValue;
import org.itup.model.Goal;
import org.itup.model.Mitigation;
import org.itup.model.Objective;
import org.itup.model.Outcome;
import org.itup.model.Output;
import org.itup.model.PerformanceIndicator;
import org.itup.model.Plan;
import org.itup.model.PlanElement;
import org.itup.model.PlanLevel;
import org.itup.model.Sector;
import org.itup.model.StrategicRisk;
import org.itup.model.Target;

/**
 * One plan as a Markdown page: overview, goals and targets, objectives per sector with their outcomes and outputs
 * (each with its indicators and budget lines), the linkage matrix as a table, the status of every target and indicator
 * as of the monitoring period, and the risks with their mitigations.
 */
final class MarkdownPlan {

	private final StrategicPlan plan;
	private final PlanMonitoring monitoring;
	private final PlanVocabulary words;
	private final StringBuilder out = new StringBuilder();
	private final MarkdownMeasures measures = new MarkdownMeasures(out);

	/** @param monitoring the plan's monitoring data, judged as of one period */
	MarkdownPlan(PlanMonitoring monitoring) {
		this.plan = monitoring.plan();
		this.monitoring = monitoring;
		this.words = plan.vocabulary();
	}

	String render() {
		overview();
		goals();
		sectors();
		linkageMatrix();
		monitoring.progress().ifPresent(measures::statusTable);
		risks();
		return out.toString();
	}

	private void overview() {
		Plan header = plan.header();
		heading(1, phrase(header.getTitle() == null ? plan.name() : header.getTitle()));
		line("Plan `" + plan.name() + "`" + (header.getEndYear() > 0
				? ", " + header.getStartYear() + "-" + header.getEndYear() : "") + ".");
		if (header.getAdoptedBy() != null) {
			line("Adopted by " + phrase(header.getAdoptedBy()) + ".");
		}
		section("Vision", header.getVision());
		section("Mission", header.getMission());
		List<CoreValue> values = plan.parts().stream().flatMap(part -> part.getValues().stream()).toList();
		if (!values.isEmpty()) {
			heading(2, "Values");
			values.forEach(value -> item(value, value.getTitle(), value.getStatement()));
			out.append('\n');
		}
		summary(PlanSummary.of(plan));
	}

	private void summary(PlanSummary summary) {
		heading(2, "Summary");
		out.append("| Goals | Targets | ").append(cell(words.manyTitle(PlanLevel.SECTOR))).append(" | ")
				.append(cell(words.manyTitle(PlanLevel.OBJECTIVE))).append(" | ")
				.append(cell(words.manyTitle(PlanLevel.OUTCOME))).append(" | ")
				.append(cell(words.manyTitle(PlanLevel.OUTPUT))).append(" | Primary links | Secondary links | ")
				.append(cell(words.manyTitle(PlanLevel.ENABLER)))
				.append(" | Risks |\n|---|---|---|---|---|---|---|---|---|---|\n");
		out.append("| ").append(summary.goals()).append(" | ").append(summary.targets()).append(" | ")
				.append(summary.sectors()).append(" | ").append(summary.objectives()).append(" | ")
				.append(summary.outcomes()).append(" | ").append(summary.outputs()).append(" | ")
				.append(summary.primaryLinkages()).append(" | ").append(summary.secondaryLinkages()).append(" | ")
				.append(summary.enablers()).append(" | ").append(summary.risks()).append(" |\n\n");
	}

	private void goals() {
		heading(2, "Strategic goals");
		for (Goal goal : plan.goals()) {
			heading(3, "Goal " + phrase(goal.getName()) + titled(goal.getTitle()));
			paragraph(goal.getStatement());
			for (Target target : goal.getTargets()) {
				item(target, target.getStatement(), target.getDeadline() > 0 ? "by " + target.getDeadline() : null);
				measures.indicators(target.getIndicators(), 2);
			}
			out.append('\n');
		}
	}

	private void sectors() {
		heading(2, phrase(words.manyTitle(PlanLevel.OBJECTIVE) + " by " + words.one(PlanLevel.SECTOR)));
		for (Sector sector : plan.sectors()) {
			heading(3, phrase(sector.getName()) + titled(sector.getTitle()));
			measures.budgets(sector.getBudgets());
			for (Objective objective : sector.getObjectives()) {
				heading(4, phrase(words.kindAndCode(objective)) + titled(objective.getTitle()));
				paragraph(objective.getStatement());
				measures.budgets(objective.getBudgets());
				if (!objective.getIndicators().isEmpty()) {
					out.append("**").append("Indicators").append("**\n\n");
					measures.indicators(objective.getIndicators(), 0);
					out.append('\n');
				}
				results(phrase(words.manyTitle(PlanLevel.OUTCOME)), objective.getOutcomes(), Outcome::getStatement,
						Outcome::getIndicators, o -> List.of());
				results(phrase(words.manyTitle(PlanLevel.OUTPUT)), objective.getOutputs(), Output::getStatement,
						Output::getIndicators, Output::getBudgets);
			}
		}
	}

	private void linkageMatrix() {
		LinkageMatrix matrix = LinkageMatrix.of(plan);
		heading(2, phrase("Linkage of " + words.many(PlanLevel.OBJECTIVE) + " with strategic goals"));
		out.append("| ").append(cell(words.oneTitle(PlanLevel.OBJECTIVE))).append(" |");
		matrix.goals().forEach(goal -> out.append(" Goal ").append(cell(goal.getName())).append(" |"));
		out.append("\n|---|").append("---|".repeat(matrix.goals().size())).append('\n');
		for (Objective objective : matrix.objectives()) {
			out.append("| ").append(cell(objective.getName())).append(" |");
			for (Goal goal : matrix.goals()) {
				LinkageKind kind = matrix.linkage(objective, goal);
				out.append(' ').append(kind == LinkageKind.NONE ? "" : kind.label()).append(" |");
			}
			out.append('\n');
		}
		out.append("\n*primary*: the ").append(phrase(words.one(PlanLevel.OBJECTIVE)))
				.append(" contributes directly to the goal; "
				+ "*secondary*: it contributes indirectly.\n\n");
	}

	private void risks() {
		heading(2, "Strategic risks");
		for (StrategicRisk risk : plan.risks()) {
			heading(3, "Risk " + phrase(risk.getName()) + titled(risk.getTitle()));
			risk.getAspects().forEach(aspect -> out.append("- ").append(inline(aspect)).append('\n'));
			out.append("\n| Treatment | Mitigation |\n|---|---|\n");
			for (Mitigation mitigation : risk.getMitigations()) {
				out.append("| ").append(mitigation.getTreatment().getLiteral()).append(" | ")
						.append(cell(mitigation.getStatement())).append(" |\n");
			}
			out.append('\n');
		}
	}

	/** Outcomes or outputs as a list, each with its budget lines and its indicators nested under it. */
	private <T extends PlanElement> void results(String title, List<T> results, Function<T, String> statement,
			Function<T, List<PerformanceIndicator>> indicators, Function<T, List<Budget>> budgets) {
		if (results.isEmpty()) {
			return;
		}
		out.append("**").append(title).append("**\n\n");
		for (T result : results) {
			out.append("- ").append(entry(result, statement.apply(result)));
			List<Budget> lines = budgets.apply(result);
			out.append(lines.isEmpty() ? "" : " (budget: " + phrase(MeasureText.budgets(lines)) + ")").append('\n');
			measures.indicators(indicators.apply(result), 2);
		}
		out.append('\n');
	}

	private void item(PlanElement element, String text, String note) {
		out.append("- ").append(entry(element, text));
		out.append(note == null ? "" : " (" + phrase(note) + ")").append('\n');
	}

	private static String entry(PlanElement element, String text) {
		return "**" + phrase(element.getName()) + "**" + (text == null ? "" : " " + phrase(text));
	}

	private static String titled(String title) {
		return title == null ? "" : ": " + phrase(title);
	}

	private void section(String title, String text) {
		if (text != null) {
			heading(2, title);
			paragraph(text);
		}
	}

	private void heading(int level, String text) {
		out.append("#".repeat(level)).append(' ').append(text.replace("\\\n", " ")).append("\n\n");
	}

	private void paragraph(String text) {
		if (text != null) {
			out.append(inline(text)).append("\n\n");
		}
	}

	private void line(String text) {
		out.append(text).append("\n\n");
	}
}
