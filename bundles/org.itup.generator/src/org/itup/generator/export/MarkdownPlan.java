package org.itup.generator.export;

import static org.itup.analysis.text.MarkdownText.cell;
import static org.itup.analysis.text.MarkdownText.inline;
import static org.itup.analysis.text.MarkdownText.phrase;

import java.util.List;

import org.itup.analysis.LinkageKind;
import org.itup.analysis.LinkageMatrix;
import org.itup.analysis.PlanSummary;
import org.itup.analysis.StrategicPlan;
import org.itup.analysis.vocabulary.PlanVocabulary;
import org.itup.model.CoreValue;
import org.itup.model.Goal;
import org.itup.model.Mitigation;
import org.itup.model.Objective;
import org.itup.model.Plan;
import org.itup.model.PlanElement;
import org.itup.model.PlanLevel;
import org.itup.model.Sector;
import org.itup.model.StrategicRisk;
import org.itup.model.Target;

/**
 * One plan as a Markdown page: overview, goals and targets, objectives per sector with their outcomes and outputs,
 * the linkage matrix as a table, and the risks with their mitigations.
 */
final class MarkdownPlan {

	private final StrategicPlan plan;
	private final PlanVocabulary words;
	private final StringBuilder out = new StringBuilder();

	MarkdownPlan(StrategicPlan plan) {
		this.plan = plan;
		this.words = plan.vocabulary();
	}

	String render() {
		overview();
		goals();
		sectors();
		linkageMatrix();
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
			}
			out.append('\n');
		}
	}

	private void sectors() {
		heading(2, phrase(words.manyTitle(PlanLevel.OBJECTIVE) + " by " + words.one(PlanLevel.SECTOR)));
		for (Sector sector : plan.sectors()) {
			heading(3, phrase(sector.getName()) + titled(sector.getTitle()));
			for (Objective objective : sector.getObjectives()) {
				heading(4, phrase(words.kindAndCode(objective)) + titled(objective.getTitle()));
				paragraph(objective.getStatement());
				list(phrase(words.manyTitle(PlanLevel.OUTCOME)), objective.getOutcomes().stream().map(o -> entry(o, o.getStatement())).toList());
				list(phrase(words.manyTitle(PlanLevel.OUTPUT)), objective.getOutputs().stream().map(o -> entry(o, o.getStatement())).toList());
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

	private void list(String title, List<String> entries) {
		if (!entries.isEmpty()) {
			out.append("**").append(title).append("**\n\n");
			entries.forEach(entry -> out.append("- ").append(entry).append('\n'));
			out.append('\n');
		}
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
