package org.itup.dsl.validation;

import org.eclipse.emf.ecore.EClass;

/**
 * Names element kinds the way planners say them ("strategic risk", "core value"), for messages.
 */
public final class PlanElementKinds {

	private PlanElementKinds() {
	}

	public static String label(EClass kind) {
		return kind.getName().replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase(java.util.Locale.ROOT);
	}
}
