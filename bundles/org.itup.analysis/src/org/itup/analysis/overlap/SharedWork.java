package org.itup.analysis.overlap;

import org.eclipse.emf.ecore.EObject;
import org.itup.model.Objective;
import org.itup.model.Sector;

/**
 * Whether two results of different sectors come from shared work: the sector of one contributes to the objective of
 * the other. Results that read alike are then expected (both sectors state what they do together), not duplication.
 */
public final class SharedWork {

	private SharedWork() {
	}

	public static boolean between(EObject result, EObject other) {
		return contributes(sectorOf(result), objectiveOf(other)) || contributes(sectorOf(other), objectiveOf(result));
	}

	private static boolean contributes(Sector sector, Objective objective) {
		return sector != null && objective != null && objective.getContributors().contains(sector);
	}

	private static Objective objectiveOf(EObject result) {
		return result.eContainer() instanceof Objective objective ? objective : null;
	}

	private static Sector sectorOf(EObject result) {
		Objective objective = objectiveOf(result);
		return objective != null && objective.eContainer() instanceof Sector sector ? sector : null;
	}
}
