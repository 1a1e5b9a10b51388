package org.itup.dsl.validation;

import java.util.Locale;

import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;
import org.itup.analysis.overlap.Overlap;
import org.itup.analysis.overlap.OverlapFinder;
import org.itup.analysis.vocabulary.PlanVocabulary;
import org.itup.model.ItupPackage;
import org.itup.model.Outcome;
import org.itup.model.Output;
import org.itup.model.PlanElement;
import org.itup.analysis.overlap.SharedWork;
import org.itup.model.PlanLevel;
import org.itup.model.Sector;

/**
 * Resolution 191 asks that Sectors do not overlap or duplicate work: outcomes and outputs of different sectors
 * worded nearly alike are pointed out, with both codes and how alike they are, for a person to judge. It compares
 * the whole plan, so it is a NORMAL check: the Eclipse editor runs it when a file is saved, not at each keystroke (the
 * command line and the language server run every check).
 */
public class OverlapValidator extends PlanRules {

	@Check(CheckType.NORMAL)
	public void checkOutcomeOverlap(Outcome outcome) {
		report(outcome, PlanLevel.OUTCOME);
	}

	@Check(CheckType.NORMAL)
	public void checkOutputOverlap(Output output) {
		report(output, PlanLevel.OUTPUT);
	}

	private void report(PlanElement result, PlanLevel level) {
		OverlapFinder finder = result.getName() == null ? null : finderFor(result);
		if (finder == null) {
			return;
		}
		// a sector contributing to the other's objective states the shared work on purpose: not duplication
		finder.overlapsOf(result).stream().filter(overlap -> !SharedWork.between(result, overlap.second()))
				.forEach(overlap -> reportListed(result, level, overlap));
		reportUnlisted(result, level, finder.unlistedOverlapsOf(result));
	}

	private void reportListed(PlanElement result, PlanLevel level, Overlap overlap) {
		PlanElement other = overlap.second();
		PlanVocabulary words = wordsOf(result);
		String kind = words.one(level);
		finding(String.format(Locale.ROOT,
				"The %s '%s' reads nearly like %s '%s' of %s (similarity %.2f): check that the %s do not "
						+ "duplicate work, and coordinate or merge the two.",
				kind, result.getName(), kind, other.getName(), sectorName(other, words), overlap.similarity(),
				words.many(PlanLevel.SECTOR)),
				ItupPackage.Literals.PLAN_ELEMENT__NAME, IssueCodes.OVERLAP, other.getName());
	}

	/** The finder lists the most alike only: the rest are counted in one note, so a repeated result is still seen. */
	private void reportUnlisted(PlanElement result, PlanLevel level, int unlisted) {
		if (unlisted > 0) {
			PlanVocabulary words = wordsOf(result);
			String kind = words.one(level);
			String sectors = words.many(PlanLevel.SECTOR);
			finding(String.format(Locale.ROOT,
					"The %s '%s' also reads nearly like %d more %s of other %s, beyond the %d most alike named "
							+ "here: so many %s stating the same %s suggests it belongs to one of them, or to the "
							+ "plan as a whole.",
					kind, result.getName(), unlisted, words.many(level), sectors, OverlapFinder.DEFAULT_LIMIT, sectors,
					kind),
					ItupPackage.Literals.PLAN_ELEMENT__NAME, IssueCodes.OVERLAP);
		}
	}

	/** Built once per validation run (once per frozen load) for the whole plan: it finds all of its pairs at once. */
	private OverlapFinder finderFor(PlanElement result) {
		return planFact(result, OverlapFinder.class, plan -> OverlapFinder.of(plan, OverlapFinder.DEFAULT_THRESHOLD));
	}

	private static String sectorName(PlanElement element, PlanVocabulary words) {
		Sector sector = org.eclipse.xtext.EcoreUtil2.getContainerOfType(element, Sector.class);
		return sector == null || sector.getName() == null ? "another " + words.one(PlanLevel.SECTOR) : sector.getName();
	}
}
