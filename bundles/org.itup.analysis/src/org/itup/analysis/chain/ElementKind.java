package org.itup.analysis.chain;

import java.util.Locale;

import org.itup.model.Enabler;
import org.itup.model.Goal;
import org.itup.model.Objective;
import org.itup.model.Outcome;
import org.itup.model.Output;
import org.itup.model.PlanElement;
import org.itup.model.Target;

/** The kinds of element the results chain is made of, in the order the chain is read from goals down. */
public enum ElementKind {
	GOAL, TARGET, OBJECTIVE, OUTCOME, OUTPUT, ENABLER;

	public String label() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static ElementKind of(PlanElement element) {
		if (element instanceof Goal) {
			return GOAL;
		}
		if (element instanceof Target) {
			return TARGET;
		}
		if (element instanceof Objective) {
			return OBJECTIVE;
		}
		if (element instanceof Outcome) {
			return OUTCOME;
		}
		if (element instanceof Output) {
			return OUTPUT;
		}
		if (element instanceof Enabler) {
			return ENABLER;
		}
		throw new IllegalArgumentException("not an element of the results chain: " + element.eClass().getName());
	}

	/** A name for the element unique within its plan: kind and code, e.g. {@code objective-R.1}. */
	public static String key(PlanElement element) {
		return of(element).label() + "-" + element.getName();
	}
}
