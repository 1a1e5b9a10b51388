package org.itup.dsl.tests.rules;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.itup.dsl.tests.ItupInjectorProvider;
import org.itup.dsl.validation.IssueCodes;
import org.itup.model.ItupPackage;
import org.itup.model.Plan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * What a plan declares about itself instead of following ITU's shape (issue 13): official codes the numbering rules
 * leave alone, its glossary languages, and the scale its risks are rated on.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(ItupInjectorProvider.class)
class PlanDeclarationsRulesTest {

	@Inject
	private RuleTester rules;

	private static String withOfficialTarget(String header, String marker) {
		return Plans.clean().replace("period 2020 to 2023\n", "period 2020 to 2023\n" + header)
				.replace("    target 1.2 \"Cheaper access\"", "    target 1.2.B" + marker + " \"Cheaper access\"");
	}

	@Test
	void anOfficialCodeIsNotRenumbered() throws Exception {
		rules.assertClean(rules.parse("p.itup", withOfficialTarget("", " official")));
	}

	@Test
	void aPlanWhoseCodesAreAllOfficial() throws Exception {
		rules.assertClean(rules.parse("p.itup", withOfficialTarget("codes official\n", "")));
	}

	@Test
	void anUnmarkedCodeIsStillChecked() throws Exception {
		String text = withOfficialTarget("", "");
		rules.assertOnly(rules.parse("p.itup", text), text, ItupPackage.Literals.TARGET, IssueCodes.TARGET_NUMBERING,
				Severity.WARNING, "1.2.B",
				"The target code '1.2.B' does not follow the numbering of its goal: as the 2nd target it should be '1.2'. Renumber it (codes run in order, without gaps).");
	}

	@Test
	void glossaryInTheLanguagesThePlanDeclares() throws Exception {
		String text = """
				plan ngo "NGO plan" period 2024 to 2026
				languages en, sw
				term "Vision" {
				    en "Vision"
				    sw "Dira"
				}
				""";
		rules.assertClean(rules.parse("p.itup", text));
		String missing = text.replace("    sw \"Dira\"\n", "    fr \"Vision\"\n");
		Plan plan = rules.parse("q.itup", missing.replace("plan ngo", "plan ngo2"));
		rules.validation().assertWarning(plan, ItupPackage.Literals.TRANSLATION, IssueCodes.UNKNOWN_LANGUAGE,
				"'fr' is not one of the plan's languages (en, sw).");
		rules.validation().assertWarning(plan, ItupPackage.Literals.GLOSSARY_TERM, IssueCodes.MISSING_TRANSLATION,
				"The term 'Vision' has no translation in sw: add them, or write '<language> unavailable' when the source has none.");
	}

	@Test
	void aLanguageOutsideTheUnSixSaysHowToDeclareIt() throws Exception {
		String text = Plans.clean().replace("    es \"Visión\"\n", "    es \"Visión\"\n    sw \"Dira\"\n");
		rules.assertOnly(rules.parse("p.itup", text), text, ItupPackage.Literals.TRANSLATION,
				IssueCodes.UNKNOWN_LANGUAGE, Severity.WARNING, "sw",
				"'sw' is not one of the six UN languages (ar, zh, en, fr, ru, es): a plan written in others names them in its header, e.g. 'languages en, fr, sw'.");
	}

	@Test
	void risksRatedOnTheDefaultScaleWithAnOwner() throws Exception {
		rules.assertClean(rules.parse("p.itup", Plans.clean().replace("risk 1 \"Funding\" {\n",
				"risk 1 \"Funding\" {\n    likelihood high impact medium owner \"Finance\"\n")));
	}

	@Test
	void aRatingOffTheScale() throws Exception {
		String text = Plans.clean().replace("risk 1 \"Funding\" {\n", "risk 1 \"Funding\" {\n    impact severe\n");
		rules.assertOnly(rules.parse("p.itup", text), text, ItupPackage.Literals.STRATEGIC_RISK,
				IssueCodes.UNKNOWN_RISK_LEVEL, Severity.ERROR, "severe",
				"The impact 'severe' is not a level of the plan's risk scale (low, medium, high): use one of them, or declare the scale in the plan's header, e.g. 'risk scale low, medium, high'.");
	}

	@Test
	void aDeclaredRiskScale() throws Exception {
		rules.assertClean(rules.parse("p.itup", Plans.clean()
				.replace("period 2020 to 2023\n", "period 2020 to 2023\nrisk scale minor, major, severe\n")
				.replace("risk 1 \"Funding\" {\n", "risk 1 \"Funding\" {\n    likelihood minor impact severe\n")));
	}
}
