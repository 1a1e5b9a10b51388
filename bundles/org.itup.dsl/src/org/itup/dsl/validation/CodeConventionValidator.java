package org.itup.dsl.validation;

import org.eclipse.xtext.validation.Check;
import org.itup.analysis.vocabulary.PlanVocabulary;
import org.itup.model.ItupPackage;
import org.itup.model.Outcome;
import org.itup.model.Output;
import org.itup.model.Plan;
import org.itup.model.PlanElement;
import org.itup.model.PlanLevel;
import org.itup.model.Target;

/**
 * Codes follow the plan's numbering: targets {@code <goal>.<n>}, outcomes {@code <objective>-<letter>}, outputs
 * {@code <objective>-<n>}, in order and without gaps, so a code says where an element sits in the results chain.
 * Codes a plan marks official ({@code codes official} in its header, or {@code official} after one code) are left
 * as adopted.
 */
public class CodeConventionValidator extends PlanRules {

	@Check
	public void checkTargetNumbering(Target target) {
		report(target, "target", "goal", CodeConventions.expected(target), IssueCodes.TARGET_NUMBERING);
	}

	@Check
	public void checkOutcomeNumbering(Outcome outcome) {
		PlanVocabulary words = wordsOf(outcome);
		report(outcome, words.one(PlanLevel.OUTCOME), words.one(PlanLevel.OBJECTIVE), CodeConventions.expected(outcome),
				IssueCodes.OUTCOME_NUMBERING);
	}

	@Check
	public void checkOutputNumbering(Output output) {
		PlanVocabulary words = wordsOf(output);
		report(output, words.one(PlanLevel.OUTPUT), words.one(PlanLevel.OBJECTIVE), CodeConventions.expected(output),
				IssueCodes.OUTPUT_NUMBERING);
	}

	private void report(PlanElement element, String kind, String parent, String expected, String code) {
		String actual = element.getName();
		if (actual == null || expected == null || actual.equals(expected) || isOfficial(element)) {
			return;
		}
		finding("The " + kind + " code '" + actual + "' does not follow the numbering of its " + parent
				+ ": as the " + ordinal(element) + " " + kind + " it should be '" + expected
				+ "'. Renumber it (codes run in order, without gaps).",
				ItupPackage.Literals.PLAN_ELEMENT__NAME, code, expected);
	}

	/** Official codes (2.1.A) are adopted as written: the plan or the element says so, and they are not checked. */
	private boolean isOfficial(PlanElement element) {
		if (element.isOfficial()) {
			return true;
		}
		OfficialCodes plan = planFact(element, OfficialCodes.class,
				whole -> new OfficialCodes(whole.parts().stream().anyMatch(Plan::isOfficialCodes)));
		return plan != null && plan.all();
	}

	/** Whether the plan declares all its codes official ({@code codes official}). */
	private record OfficialCodes(boolean all) {
	}

	private static String ordinal(PlanElement element) {
		int position = element.eContainer().eContents().stream().filter(sibling -> sibling.eClass() == element.eClass())
				.toList().indexOf(element) + 1;
		return switch (position % 100 > 10 && position % 100 < 14 ? 0 : position % 10) {
		case 1 -> position + "st";
		case 2 -> position + "nd";
		case 3 -> position + "rd";
		default -> position + "th";
		};
	}
}
