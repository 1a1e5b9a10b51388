package org.itup.dsl.validation;

import org.eclipse.xtext.validation.Check;
import org.itup.analysis.StrategicPlan;
import org.itup.model.Enabler;
import org.itup.model.ItupPackage;
import org.itup.model.Objective;
import org.itup.model.Sector;
import org.itup.model.SectorKind;

/**
 * Enablers serve objectives: each says which (existing references are checked by linking), and a sector objective
 * no enabler supports is pointed out, since the plan then says nothing about what makes it achievable.
 */
public class EnablerValidator extends PlanRules {

	@Check
	public void checkEnablerSupportsObjectives(Enabler enabler) {
		if (!enabler.isSupportsAll() && enabler.getSupportedObjectives().isEmpty() && enabler.getName() != null) {
			warning("The enabler '" + enabler.getName()
					+ "' supports no objective: add 'supports <objective>, ...' or 'supports all'.",
					ItupPackage.Literals.PLAN_ELEMENT__NAME, IssueCodes.ENABLER_WITHOUT_SUPPORT);
		}
	}

	@Check
	public void checkSectorObjectiveHasEnabler(Objective objective) {
		if (!(objective.eContainer() instanceof Sector sector) || sector.getKind() != SectorKind.SECTOR
				|| objective.getName() == null) {
			return;
		}
		StrategicPlan plan = wholePlanOf(objective);
		if (plan != null && plan.enablers().stream().noneMatch(enabler -> supports(enabler, objective))) {
			info("No enabler supports the objective '" + objective.getName()
					+ "': name it in the 'supports' list of the enablers that make it achievable.",
					ItupPackage.Literals.PLAN_ELEMENT__NAME, IssueCodes.OBJECTIVE_WITHOUT_ENABLER);
		}
	}

	private static boolean supports(Enabler enabler, Objective objective) {
		return enabler.isSupportsAll() || enabler.getSupportedObjectives().contains(objective);
	}
}
