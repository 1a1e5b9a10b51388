package org.itup.generator.svg;

import org.itup.analysis.chain.ElementKind;
import org.itup.model.PlanElement;

/**
 * The levels of the results chain as a diagram shows them: each its own column (from the measured result on the
 * left to what contributes on the right), its own shape and its own legend entry, so a reader tells an outcome from
 * an output without reading its code.
 */
enum ChainLevel {
	TARGET(ElementKind.TARGET, "Target"), GOAL(ElementKind.GOAL, "Goal"), OBJECTIVE(ElementKind.OBJECTIVE, "Objective"),
	OUTCOME(ElementKind.OUTCOME, "Outcome"), OUTPUT(ElementKind.OUTPUT, "Output"), ENABLER(ElementKind.ENABLER, "Enabler");

	private final ElementKind kind;
	private final String label;

	ChainLevel(ElementKind kind, String label) {
		this.kind = kind;
		this.label = label;
	}

	static ChainLevel of(PlanElement element) {
		ElementKind kind = ElementKind.of(element);
		for (ChainLevel level : values()) {
			if (level.kind == kind) {
				return level;
			}
		}
		throw new IllegalArgumentException(kind.label());
	}

	/** The column from the left, targets first: a target measures its goal and sits on the results side. */
	int column() {
		return ordinal();
	}

	/** The lower-case name the diagram's classes and data use, as {@link ElementKind#label()}. */
	String key() {
		return kind.label();
	}

	String label() {
		return label;
	}
}
