package org.itup.analysis;

import java.util.List;

import org.itup.model.Objective;
import org.itup.model.Sector;
import org.itup.model.SectorKind;

/**
 * Who answers for an objective: the sector that holds it leads it; the sectors it names as {@code contributors}
 * work towards it too. Every output that shows ownership (the report, the linkage matrix, the exports, the
 * coverage) asks here, so they agree on who takes part.
 */
public final class Ownership {

	private Ownership() {
	}

	/** The sector leading the objective, or null for an objective outside any sector. */
	public static Sector lead(Objective objective) {
		return objective.eContainer() instanceof Sector sector ? sector : null;
	}

	/** The contributing sectors that resolved, once each, in the plan's order, without the lead. */
	public static List<Sector> contributors(Objective objective) {
		Sector lead = lead(objective);
		return objective.getContributors().stream()
				.filter(sector -> !sector.eIsProxy() && sector.getName() != null && sector != lead).distinct()
				.toList();
	}

	/**
	 * Sectors (of the kind {@code sector}: the secretariat and inter-sectoral units hold enablers by design) that
	 * neither lead nor contribute to any objective: a unit with no part in the results chain.
	 */
	public static List<Sector> sectorsWithoutObjectives(StrategicPlan plan) {
		return plan.sectors().stream().filter(sector -> sector.getKind() == SectorKind.SECTOR)
				.filter(sector -> sector.getObjectives().isEmpty() && plan.objectives().stream()
						.noneMatch(objective -> contributors(objective).contains(sector)))
				.toList();
	}
}
