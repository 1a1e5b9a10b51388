package org.itup.dsl.tests.rules;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.itup.dsl.tests.ItupInjectorProvider;
import org.itup.dsl.validation.IssueCodes;
import org.itup.model.ItupPackage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * A plan declares how its codes are built (issue 13): the numbering rules follow the declared scheme of each level,
 * leave the levels it declares official alone, and a scheme they cannot follow is an error where it is written.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(ItupInjectorProvider.class)
class CodeSchemeRulesTest {

	@Inject
	private RuleTester rules;

	private static String withCodes(String codes) {
		return Plans.clean().replace("period 2020 to 2023\n", "period 2020 to 2023\ncodes {\n" + codes + "}\n");
	}

	private static String lettered(String second) {
		return withCodes("    target \"{goal}.{A}\"\n").replace("target 1.1 ", "target 1.A ")
				.replace("target 1.2 ", "target " + second + " ");
	}

	@Test
	void letteredTargetsFollowTheirDeclaredScheme() throws Exception {
		rules.assertClean(rules.parse("p.itup", lettered("1.B")));
	}

	@Test
	void aTargetOutOfTheDeclaredSchemeIsRenumberedWithinIt() throws Exception {
		String text = lettered("1.2");
		rules.assertOnly(rules.parse("p.itup", text), text, ItupPackage.Literals.TARGET, IssueCodes.TARGET_NUMBERING,
				Severity.WARNING, "1.2", "The target code '1.2' does not follow the numbering of its goal, "
						+ "\"{goal}.{A}\": as the 2nd target it should be '1.B'. Renumber it (codes run in order, without gaps).");
	}

	@Test
	void objectivesAndEnablersAreCheckedOnlyWhenThePlanDeclaresTheirScheme() throws Exception {
		String unchecked = Plans.clean().replace("A.1", "P.7").replace("enabler A-1", "enabler Z");
		rules.assertClean(rules.parse("p.itup", unchecked));
	}

	@Test
	void aPrefixedObjectiveSchemeRepeatsItsSectorCode() throws Exception {
		rules.assertClean(rules.parse("p.itup", withCodes("    objective \"{sector}.{n}\"\n    enabler \"{sector}-{n}\"\n")));
		String text = withCodes("    objective \"{sector}.{n}\"\n").replace("A.1", "A.2");
		rules.assertOnly(rules.parse("q.itup", text.replace("plan p ", "plan q ")), text, ItupPackage.Literals.OBJECTIVE,
				IssueCodes.OBJECTIVE_NUMBERING, Severity.WARNING, "A.2", "The objective code 'A.2' does not follow "
						+ "the numbering of its sector, \"{sector}.{n}\": as the 1st objective it should be 'A.1'. "
						+ "Renumber it (codes run in order, without gaps).");
	}

	@Test
	void anEnablerSchemeMayRepeatTheBureauCode() throws Exception {
		String text = withCodes("    enabler \"{bureau}-{n}\"\n").replace("sector A \"Sector A\" {\n",
				"sector A \"Sector A\" {\n    bureau AB \"Bureau\"\n");
		rules.assertOnly(rules.parse("p.itup", text), text, ItupPackage.Literals.ENABLER, IssueCodes.ENABLER_NUMBERING,
				Severity.WARNING, "A-1", "The enabler code 'A-1' does not follow the numbering of its sector, "
						+ "\"{bureau}-{n}\": as the 1st enabler it should be 'AB-1'. Renumber it (codes run in order, "
						+ "without gaps).");
	}

	@Test
	void aLevelDeclaredOfficialIsNotChecked() throws Exception {
		rules.assertClean(rules.parse("p.itup", withCodes("    target official\n").replace("target 1.2 ", "target 2.5.B ")));
	}

	@Test
	void theSchemeOfTheMainFileHoldsInEveryPartOfThePlan() throws Exception {
		rules.parse("main.itup", "plan p \"Plan\" period 2020 to 2023\ncodes { outcome \"{objective}.{A}\" }\n");
		String part = Plans.clean().replace("plan p \"Plan\" period 2020 to 2023", "plan p");
		rules.assertOnly(rules.parse("part.itup", part), part, ItupPackage.Literals.OUTCOME,
				IssueCodes.OUTCOME_NUMBERING, Severity.WARNING, "A.1-a", "The outcome code 'A.1-a' does not follow "
						+ "the numbering of its objective, \"{objective}.{A}\": as the 1st outcome it should be 'A.1.A'. "
						+ "Renumber it (codes run in order, without gaps).");
	}

	@Test
	void aPlaceholderTheLevelCannotUseIsAnError() throws Exception {
		assertSchemeError("target \"{objective}.{n}\"", "The target code pattern \"{objective}.{n}\" cannot be used: "
				+ "'{objective}' is not a placeholder it may use. Target codes may repeat {goal} and have one counter: "
				+ "{n} (1, 2, 3), {a} (a, b, c) or {A} (A, B, C).");
	}

	@Test
	void aPatternWithoutCounterIsAnError() throws Exception {
		assertSchemeError("enabler \"{bureau}-x\"", "The enabler code pattern \"{bureau}-x\" cannot be used: it has "
				+ "no counter. Enabler codes may repeat {bureau} or {sector} and have one counter: {n} (1, 2, 3), "
				+ "{a} (a, b, c) or {A} (A, B, C).");
	}

	@Test
	void textThatCannotStandInACodeIsAnError() throws Exception {
		assertSchemeError("output \"{objective} / {n}\"", "The output code pattern \"{objective} / {n}\" cannot be "
				+ "used: ' / ' cannot stand in a code (letters, digits, '_', '.' and '-' only). Output codes may repeat "
				+ "{objective} and have one counter: {n} (1, 2, 3), {a} (a, b, c) or {A} (A, B, C).");
	}

	/** The one finding of a plan declaring this scheme line is a CodeScheme error on its pattern. */
	private void assertSchemeError(String line, String message) throws Exception {
		String text = withCodes("    " + line + "\n");
		String pattern = line.substring(line.indexOf('"'));
		rules.assertOnly(rules.parse("p.itup", text), text, ItupPackage.Literals.CODE_SCHEME, IssueCodes.CODE_SCHEME,
				Severity.ERROR, pattern, message);
	}

	@Test
	void aLevelDeclaredTwiceIsAnErrorAtTheSecond() throws Exception {
		String text = withCodes("    target \"{goal}.{n}\"\n    target official\n");
		int second = text.indexOf("target official");
		rules.assertOnly(rules.parse("p.itup", text), ItupPackage.Literals.CODE_SCHEME, IssueCodes.CODE_SCHEME,
				Severity.ERROR, second, "target".length(), "The codes of targets are declared twice in this plan; the "
						+ "first declaration counts. Remove this one.");
	}
}
