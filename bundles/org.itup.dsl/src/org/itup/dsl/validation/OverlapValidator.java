package org.itup.dsl.validation;

import java.util.Locale;

import org.eclipse.xtext.validation.Check;
import org.itup.analysis.StrategicPlan;
import org.itup.analysis.overlap.Overlap;
import org.itup.analysis.overlap.OverlapFinder;
import org.itup.model.ItupPackage;
import org.itup.model.Outcome;
import org.itup.model.Output;
import org.itup.model.PlanElement;
import org.itup.model.Sector;

/**
 * Resolution 191 asks that Sectors do not overlap or duplicate work: outcomes and outputs of different sectors
 * worded nearly alike are pointed out, with both codes and how alike they are, for a person to judge.
 */
public class OverlapValidator extends PlanRules {

	@Check
	public void checkOutcomeOverlap(Outcome outcome) {
		report(outcome, "outcome");
	}

	@Check
	public void checkOutputOverlap(Output output) {
		report(output, "output");
	}

	private void report(PlanElement result, String kind) {
		OverlapFinder finder = result.getName() == null ? null : finderFor(result);
		if (finder == null) {
			return;
		}
		for (Overlap overlap : finder.overlapsOf(result)) {
			PlanElement other = overlap.second();
			info(String.format(Locale.ROOT,
					"The %s '%s' reads nearly like %s '%s' of %s (similarity %.2f): check that the sectors do not "
							+ "duplicate work, and coordinate or merge the two.",
					kind, result.getName(), kind, other.getName(), sectorName(other), overlap.similarity()),
					ItupPackage.Literals.PLAN_ELEMENT__NAME, IssueCodes.OVERLAP, other.getName());
		}
	}

	/** Built once per validation run for the whole plan: every result is compared with the others of the plan. */
	private OverlapFinder finderFor(PlanElement result) {
		StrategicPlan plan = wholePlanOf(result);
		if (plan == null) {
			return null;
		}
		var facts = facts(result);
		if (facts == null) {
			return OverlapFinder.of(plan, OverlapFinder.DEFAULT_THRESHOLD);
		}
		return (OverlapFinder) facts.computeIfAbsent(new Key(plan.name()),
				key -> OverlapFinder.of(plan, OverlapFinder.DEFAULT_THRESHOLD));
	}

	private static String sectorName(PlanElement element) {
		Sector sector = org.eclipse.xtext.EcoreUtil2.getContainerOfType(element, Sector.class);
		return sector == null || sector.getName() == null ? "another sector" : sector.getName();
	}

	private record Key(String planName) {
	}
}
