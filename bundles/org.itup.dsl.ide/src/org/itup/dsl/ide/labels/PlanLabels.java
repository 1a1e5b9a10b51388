package org.itup.dsl.ide.labels;

import org.eclipse.emf.ecore.EObject;
import org.itup.model.CoreValue;
import org.itup.model.Enabler;
import org.itup.model.Goal;
import org.itup.model.Objective;
import org.itup.model.Outcome;
import org.itup.model.Output;
import org.itup.model.Plan;
import org.itup.model.PlanElement;
import org.itup.model.Sector;
import org.itup.model.StrategicRisk;
import org.itup.model.Target;

/**
 * How an element is named to a planner in every editor (outline, completion, symbols): {@code code - title}, as the
 * plan document itself lists goals, objectives and outputs. Shared by the language server and the Eclipse editor.
 */
public final class PlanLabels {

	private static final String SEPARATOR = " - ";

	private PlanLabels() {
	}

	/** {@code R.1 - Spectrum/orbit regulation and management}; the bare code when there is no title. */
	public static String label(EObject element) {
		String code = code(element);
		String title = title(element);
		if (code == null) {
			return title;
		}
		return title == null || title.isBlank() ? code : code + SEPARATOR + title;
	}

	public static String code(EObject element) {
		if (element instanceof Plan plan) {
			return plan.getName();
		}
		return element instanceof PlanElement coded ? coded.getName() : null;
	}

	/**
	 * The short title; targets, outcomes and outputs have none in the plan, so their statement stands for it.
	 */
	public static String title(EObject element) {
		if (element instanceof Plan plan) {
			return plan.getTitle();
		}
		if (element instanceof Goal goal) {
			return goal.getTitle();
		}
		if (element instanceof Objective objective) {
			return objective.getTitle();
		}
		if (element instanceof Sector sector) {
			return sector.getTitle();
		}
		if (element instanceof Enabler enabler) {
			return enabler.getTitle();
		}
		if (element instanceof StrategicRisk risk) {
			return risk.getTitle();
		}
		if (element instanceof CoreValue value) {
			return value.getTitle();
		}
		return statementAsTitle(element);
	}

	private static String statementAsTitle(EObject element) {
		if (element instanceof Target target) {
			return target.getStatement();
		}
		if (element instanceof Outcome outcome) {
			return outcome.getStatement();
		}
		return element instanceof Output output ? output.getStatement() : null;
	}
}
