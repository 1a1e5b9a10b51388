package org.itup.dsl.ide.hover;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.itup.analysis.text.MarkdownText;
import org.itup.analysis.vocabulary.PlanVocabulary;
import org.itup.dsl.ide.labels.PlanLabels;
import org.itup.model.Baseline;
import org.itup.model.CoreValue;
import org.itup.model.Goal;
import org.itup.model.Objective;
import org.itup.model.Target;

/**
 * What a hover tells a planner about an element, in Markdown: its {@code code - title}, its full statement, and
 * the facts needed on the spot (what level it stands at, in the plan's own words): an objective's goal linkage, a target's baseline, value and deadline. Plan text is
 * escaped as the Markdown export escapes it ({@link MarkdownText}): a title is shown as written, never as a link,
 * an image fetched from elsewhere or HTML.
 */
public final class PlanHoverText {

	private PlanHoverText() {
	}

	/** @return null for elements that have nothing to show (e.g. a SWOT item's container) */
	public static String describe(EObject element, PlanVocabulary words) {
		String label = PlanLabels.label(element);
		if (label == null) {
			return null;
		}
		String level = PlanVocabulary.levelOf(element).map(it -> words.oneTitle(it) + " ").orElse("");
		StringBuilder text = new StringBuilder("**").append(MarkdownText.phrase(level + label)).append("**");
		statement(element).ifPresent(s -> text.append("\n\n").append(MarkdownText.inline(s)));
		if (element instanceof Objective objective) {
			appendLinkage(text, objective);
		} else if (element instanceof Target target) {
			appendMeasure(text, target);
		}
		return text.toString();
	}

	private static Optional<String> statement(EObject element) {
		String statement = null;
		if (element instanceof Goal goal) {
			statement = goal.getStatement();
		} else if (element instanceof Objective objective) {
			statement = objective.getStatement();
		} else if (element instanceof CoreValue value) {
			statement = value.getStatement();
		}
		return Optional.ofNullable(statement);
	}

	private static void appendLinkage(StringBuilder text, Objective objective) {
		text.append("\n\n- Primary goals: ").append(goals(objective.getPrimaryGoals()));
		text.append("\n- Secondary goals: ").append(goals(objective.getSecondaryGoals()));
	}

	private static String goals(List<Goal> goals) {
		return goals.isEmpty() ? "none"
				: goals.stream().map(PlanLabels::label).map(MarkdownText::phrase).collect(Collectors.joining("; "));
	}

	private static void appendMeasure(StringBuilder text, Target target) {
		text.append("\n\n- Deadline: ").append(target.getDeadline() == 0 ? "not given" : target.getDeadline());
		text.append("\n- Target value: ").append(targetValue(target));
		text.append("\n- Baseline: ").append(baseline(target.getBaseline()));
		if (target.getPopulation() != null) {
			text.append("\n- Population: ").append(MarkdownText.phrase(target.getPopulation()));
		}
	}

	private static String targetValue(Target target) {
		if (target.getKind() == null || target.getValue() == null) {
			return target.getKind() == null ? "not given" : target.getKind().getLiteral();
		}
		return target.getKind().getLiteral() + " " + amount(target.getValue(), target.getUnit());
	}

	private static String baseline(Baseline baseline) {
		if (baseline == null) {
			return "none";
		}
		String year = "year " + baseline.getYear();
		return baseline.getValue() == null ? year : year + ", value " + amount(baseline.getValue(), baseline.getUnit());
	}

	private static String amount(BigDecimal value, String unit) {
		return unit == null ? value.toPlainString() : value.toPlainString() + " " + MarkdownText.phrase(unit);
	}
}
