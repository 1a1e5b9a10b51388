package org.itup.generator.html;

import java.math.BigDecimal;
import java.util.Objects;

import org.itup.analysis.chain.ChainLinkKind;
import org.itup.generator.MarkupBuilder;
import org.itup.generator.svg.ElementKindKey;
import org.itup.generator.svg.ElementText;
import org.itup.model.Baseline;
import org.itup.model.Goal;
import org.itup.model.Objective;
import org.itup.model.PlanLevel;
import org.itup.model.Target;
import org.itup.model.TargetKind;

/**
 * Each strategic goal: statement, targets (deadline, measure, baseline, population) and their indicators, objectives,
 * its diagram.
 */
final class GoalsSection extends ReportSection {

	@Override
	String id() {
		return "goals";
	}

	@Override
	String heading(ReportContext context) {
		return "Goals and targets";
	}

	@Override
	void body(ReportContext context, MarkupBuilder html) {
		for (Goal goal : context.plan().goals()) {
			html.open("article", "id", ElementKindKey.of(goal), "class", "goal");
			html.element("h3", "Goal " + goal.getName() + ": " + Objects.requireNonNullElse(goal.getTitle(), ""));
			paragraph(html, goal.getStatement());
			paragraph(html, goal.getDescription());
			targets(context, html, goal);
			String objectives = context.words().manyTitle(PlanLevel.OBJECTIVE);
			objectives(context, html, goal, ChainLinkKind.PRIMARY, objectives + " linked as primary: ");
			objectives(context, html, goal, ChainLinkKind.SECONDARY, objectives + " linked as secondary: ");
			html.open("details").element("summary", "Diagram of goal " + goal.getName());
			DiagramSection.figure(html, context, "goal-" + ElementText.fileName(goal.getName()),
					"Goal " + goal.getName() + " and everything that contributes to it.");
			html.close("details").close("article");
		}
	}

	private static void targets(ReportContext context, MarkupBuilder html, Goal goal) {
		if (goal.getTargets().isEmpty()) {
			return;
		}
		head(html, "Targets of goal " + goal.getName(), "Code", "Target", "Deadline", "Measure", "Baseline",
				"Population");
		for (Target target : goal.getTargets()) {
			html.open("tr", "id", ElementKindKey.of(target)).element("th", target.getName(), "scope", "row");
			cells(html, target.getStatement(), target.getDeadline() > 0 ? "" + target.getDeadline() : "",
					measure(target), baseline(target.getBaseline()), target.getPopulation());
			html.close("tr");
		}
		endTable(html);
		goal.getTargets().forEach(
				target -> MeasuresMarkup.indicators(html, context.words(), target, target.getIndicators()));
	}

	static String measure(Target target) {
		TargetKind kind = target.getKind();
		if (kind == TargetKind.UNSPECIFIED || kind == null) {
			return "";
		}
		if (kind == TargetKind.QUALITATIVE) {
			return "qualitative";
		}
		return kind.getLiteral() + " " + plain(target.getValue()) + " " + Objects.requireNonNullElse(target.getUnit(), "");
	}

	static String baseline(Baseline baseline) {
		if (baseline == null) {
			return "";
		}
		String value = baseline.getValue() == null ? ""
				: ": " + plain(baseline.getValue()) + " " + Objects.requireNonNullElse(baseline.getUnit(), "");
		return "year " + baseline.getYear() + value;
	}

	private static String plain(BigDecimal value) {
		return value == null ? "" : value.toPlainString();
	}

	private static void objectives(ReportContext context, MarkupBuilder html, Goal goal, ChainLinkKind kind,
			String label) {
		var objectives = context.chain().objectivesOf(goal, kind);
		if (!objectives.isEmpty()) {
			html.open("p").text(label);
			for (Objective objective : objectives) {
				link(html, ElementKindKey.of(objective), objective.getName());
				html.text(objective == objectives.get(objectives.size() - 1) ? "" : ", ");
			}
			html.close("p");
		}
	}
}
