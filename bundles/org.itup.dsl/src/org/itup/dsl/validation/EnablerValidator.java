package org.itup.dsl.validation;

import java.util.HashSet;
import java.util.Set;

import org.eclipse.xtext.validation.Check;
import org.itup.analysis.StrategicPlan;
import org.itup.analysis.vocabulary.PlanVocabulary;
import org.itup.model.Enabler;
import org.itup.model.ItupPackage;
import org.itup.model.Objective;
import org.itup.model.PlanLevel;
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
			PlanVocabulary words = wordsOf(enabler);
			finding("The " + words.one(PlanLevel.ENABLER) + " '" + enabler.getName() + "' supports no "
					+ words.one(PlanLevel.OBJECTIVE) + ": add 'supports <" + words.one(PlanLevel.OBJECTIVE)
					+ ">, ...' or 'supports all'.",
					ItupPackage.Literals.PLAN_ELEMENT__NAME, IssueCodes.ENABLER_WITHOUT_SUPPORT);
		}
	}

	@Check
	public void checkSectorObjectiveHasEnabler(Objective objective) {
		if (!(objective.eContainer() instanceof Sector sector) || sector.getKind() != SectorKind.SECTOR
				|| objective.getName() == null) {
			return;
		}
		Support support = planFact(objective, Support.class, Support::of);
		if (support != null && !support.covers(objective)) {
			PlanVocabulary words = wordsOf(objective);
			finding("No " + words.one(PlanLevel.ENABLER) + " supports the " + words.one(PlanLevel.OBJECTIVE) + " '"
					+ objective.getName() + "': name it in the 'supports' list of the " + words.many(PlanLevel.ENABLER)
					+ " that make it achievable.",
					ItupPackage.Literals.PLAN_ELEMENT__NAME, IssueCodes.OBJECTIVE_WITHOUT_ENABLER);
		}
	}

	/** What the plan's enablers support together: every objective, when one of them supports all, or those named. */
	record Support(boolean all, Set<Objective> named) {

		static Support of(StrategicPlan plan) {
			Set<Objective> named = new HashSet<>();
			boolean all = false;
			for (Enabler enabler : plan.enablers()) {
				all |= enabler.isSupportsAll();
				named.addAll(enabler.getSupportedObjectives());
			}
			return new Support(all, named);
		}

		boolean covers(Objective objective) {
			return all || named.contains(objective);
		}
	}
}
