package org.itup.dsl.validation;

import org.eclipse.emf.ecore.EClass;
import org.itup.analysis.vocabulary.PlanVocabulary;

/**
 * Names element kinds the way planners say them ("strategic risk", "core value"), for messages.
 */
public final class PlanElementKinds {

	private PlanElementKinds() {
	}

	/** As {@link #label(EClass)}, with a level (sector, objective, ...) in the plan's own words. */
	public static String label(EClass kind, PlanVocabulary words) {
		return PlanVocabulary.levelOf(kind).map(words::one).orElseGet(() -> label(kind));
	}

	public static String label(EClass kind) {
		return kind.getName().replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase(java.util.Locale.ROOT);
	}
}
