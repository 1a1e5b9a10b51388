package org.itup.dsl.validation;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.validation.Check;
import org.itup.analysis.vocabulary.PlanVocabulary;
import org.itup.dsl.codes.CodePattern;
import org.itup.dsl.codes.CodedLevels;
import org.itup.dsl.codes.PlanCodes;
import org.itup.model.CodeScheme;
import org.itup.model.Enabler;
import org.itup.model.ItupPackage;
import org.itup.model.Objective;
import org.itup.model.Outcome;
import org.itup.model.Output;
import org.itup.model.PlanElement;
import org.itup.model.PlanLevel;
import org.itup.model.Target;

/**
 * Codes follow the plan's code schemes ({@link PlanCodes}): by default targets {@code <goal>.<n>}, outcomes
 * {@code <objective>-<letter>}, outputs {@code <objective>-<n>}, in order and without gaps, so a code says where
 * an element sits in the results chain; objectives and enablers only when the plan declares a scheme for them.
 * Codes a plan marks official ({@code codes official}, {@code target official} in its {@code codes} block, or
 * {@code official} after one code) are left as adopted.
 */
public class CodeConventionValidator extends PlanRules {

	@Check
	public void checkTargetNumbering(Target target) {
		report(target, "target", "goal", IssueCodes.TARGET_NUMBERING);
	}

	@Check
	public void checkObjectiveNumbering(Objective objective) {
		PlanVocabulary words = wordsOf(objective);
		report(objective, words.one(PlanLevel.OBJECTIVE), words.one(PlanLevel.SECTOR), IssueCodes.OBJECTIVE_NUMBERING);
	}

	@Check
	public void checkOutcomeNumbering(Outcome outcome) {
		PlanVocabulary words = wordsOf(outcome);
		report(outcome, words.one(PlanLevel.OUTCOME), words.one(PlanLevel.OBJECTIVE), IssueCodes.OUTCOME_NUMBERING);
	}

	@Check
	public void checkOutputNumbering(Output output) {
		PlanVocabulary words = wordsOf(output);
		report(output, words.one(PlanLevel.OUTPUT), words.one(PlanLevel.OBJECTIVE), IssueCodes.OUTPUT_NUMBERING);
	}

	@Check
	public void checkEnablerNumbering(Enabler enabler) {
		PlanVocabulary words = wordsOf(enabler);
		report(enabler, words.one(PlanLevel.ENABLER), words.one(PlanLevel.SECTOR), IssueCodes.ENABLER_NUMBERING);
	}

	/** A scheme must be one the numbering rules can follow, and a level is declared once per plan. */
	@Check
	public void checkCodeScheme(CodeScheme scheme) {
		String level = scheme.getLevel().getLiteral();
		PlanCodes codes = codesOf(scheme);
		if (codes != null && codes.declared(scheme.getLevel()) != scheme) {
			finding("The codes of " + level + "s are declared twice in this plan; the first declaration counts. "
					+ "Remove this one.", ItupPackage.Literals.CODE_SCHEME__LEVEL, IssueCodes.CODE_SCHEME);
			return;
		}
		if (scheme.getPattern() == null) {
			return;
		}
		try {
			CodePattern.parse(scheme.getPattern(), CodedLevels.parents(scheme.getLevel()));
		} catch (IllegalArgumentException malformed) {
			finding("The " + level + " code pattern \"" + scheme.getPattern() + "\" cannot be used: "
					+ malformed.getMessage() + " " + capitalised(level) + " codes may repeat "
					+ String.join(" or ", CodedLevels.parents(scheme.getLevel()).stream().sorted()
							.map(parent -> "{" + parent + "}").toList())
					+ " and have one counter: {n} (1, 2, 3), {a} (a, b, c) or {A} (A, B, C).",
					ItupPackage.Literals.CODE_SCHEME__PATTERN, IssueCodes.CODE_SCHEME);
		}
	}

	private void report(PlanElement element, String kind, String parent, String code) {
		PlanCodes codes = codesOf(element);
		String actual = element.getName();
		String expected = codes == null ? null : codes.expected(element);
		if (actual == null || expected == null || actual.equals(expected)) {
			return;
		}
		String scheme = codes.declared(CodedLevels.of(element)) == null ? ""
				: ", \"" + codes.declared(CodedLevels.of(element)).getPattern() + "\"";
		finding("The " + kind + " code '" + actual + "' does not follow the numbering of its " + parent + scheme
				+ ": as the " + ordinal(element) + " " + kind + " it should be '" + expected
				+ "'. Renumber it (codes run in order, without gaps).",
				ItupPackage.Literals.PLAN_ELEMENT__NAME, code, expected);
	}

	/** The code schemes of the element's whole plan, worked out once per validation run; null outside a plan. */
	private PlanCodes codesOf(EObject element) {
		return planFact(element, PlanCodes.class, whole -> PlanCodes.of(whole.parts()));
	}

	private static String capitalised(String word) {
		return Character.toUpperCase(word.charAt(0)) + word.substring(1);
	}

	private static String ordinal(PlanElement element) {
		int position = CodedLevels.siblings(element).indexOf(element) + 1;
		return switch (position % 100 > 10 && position % 100 < 14 ? 0 : position % 10) {
		case 1 -> position + "st";
		case 2 -> position + "nd";
		case 3 -> position + "rd";
		default -> position + "th";
		};
	}
}
