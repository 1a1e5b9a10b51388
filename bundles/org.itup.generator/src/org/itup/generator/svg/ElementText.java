package org.itup.generator.svg;

import java.util.Objects;

import org.itup.analysis.Ownership;
import org.itup.model.Enabler;
import org.itup.model.Goal;
import org.itup.model.Objective;
import org.itup.model.Outcome;
import org.itup.model.Output;
import org.itup.model.PlanElement;
import org.itup.model.Target;

/** The words that stand for an element of the results chain in reports and diagrams. */
public final class ElementText {

	private ElementText() {
	}

	/**
	 * The title, or the statement for elements that have no title (targets, outcomes, outputs). Goals and objectives
	 * may give neither, which is valid, so their code stands in rather than an empty label.
	 */
	public static String title(PlanElement element) {
		String text = null;
		if (element instanceof Goal goal) {
			text = firstGiven(goal.getTitle(), goal.getStatement(), goal.getName());
		} else if (element instanceof Objective objective) {
			text = firstGiven(objective.getTitle(), objective.getStatement(), objective.getName());
		} else if (element instanceof Enabler enabler) {
			text = enabler.getTitle();
		} else if (element instanceof Target target) {
			text = target.getStatement();
		} else if (element instanceof Outcome outcome) {
			text = outcome.getStatement();
		} else if (element instanceof Output output) {
			text = output.getStatement();
		}
		return Objects.requireNonNullElse(text, "");
	}

	private static String firstGiven(String... texts) {
		for (String text : texts) {
			if (text != null) {
				return text;
			}
		}
		return null;
	}

	/**
	 * "with H, C" for an objective other sectors contribute to (its own sector leads it), so a diagram shows shared
	 * ownership; empty for every other element.
	 */
	public static String contributors(PlanElement element) {
		if (!(element instanceof Objective objective) || Ownership.contributors(objective).isEmpty()) {
			return "";
		}
		return "with " + String.join(", ", Ownership.contributors(objective).stream().map(PlanElement::getName).toList());
	}

	/** A safe file-name part from a code: the one rule of every writer, so equal names show as collisions. */
	public static String fileName(String code) {
		return org.itup.generator.FileNames.segment(code);
	}
}
