package org.itup.generator.svg;

import org.itup.analysis.chain.ElementKind;
import org.itup.analysis.vocabulary.PlanVocabulary;
import org.itup.model.PlanElement;
import org.itup.model.PlanLevel;

/**
 * The levels of the results chain as a diagram shows them: each its own column (from the measured result on the
 * left to what contributes on the right), its own shape and its own legend entry, so a reader tells an outcome from
 * an output without reading its code.
 */
enum ChainLevel {
	TARGET(ElementKind.TARGET, null), GOAL(ElementKind.GOAL, null), OBJECTIVE(ElementKind.OBJECTIVE, PlanLevel.OBJECTIVE),
	OUTCOME(ElementKind.OUTCOME, PlanLevel.OUTCOME), OUTPUT(ElementKind.OUTPUT, PlanLevel.OUTPUT),
	ENABLER(ElementKind.ENABLER, PlanLevel.ENABLER);

	private final ElementKind kind;
	/** The level a plan may name in its own words; null for goals and targets, which keep theirs. */
	private final PlanLevel level;

	ChainLevel(ElementKind kind, PlanLevel level) {
		this.kind = kind;
		this.level = level;
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

	/** "Target", "Objective", or the plan's own word for the level: "Thematic priority". */
	String label(PlanVocabulary words) {
		return level == null ? PlanVocabulary.capitalised(kind.label()) : words.oneTitle(level);
	}
}
