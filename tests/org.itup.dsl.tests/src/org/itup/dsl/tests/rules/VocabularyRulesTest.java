package org.itup.dsl.tests.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.itup.dsl.tests.ItupInjectorProvider;
import org.itup.dsl.validation.IssueCodes;
import org.itup.model.ItupPackage;
import org.itup.model.Plan;
import org.itup.model.PlanLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * A plan's declared vocabulary (issue 13): the issue's own inputs, `programme WASH "..." {` and
 * `priority TP.1 "..." {`, are plans when the plan declares those words; a synonym the plan does not declare, or one
 * declared for the wrong level, is an error at the word; and messages name levels in the plan's words.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(ItupInjectorProvider.class)
class VocabularyRulesTest {

	/** An NGO's plan in its own words: programmes, thematic priorities, results and products. */
	private static final String DECLARED = """
			plan ngo "Water for All" period 2024 to 2026
			vocabulary {
			    sector "programme", "programmes" written programme
			    objective "thematic priority", "thematic priorities" written priority
			    outcome "result", "results" written result
			    output "product or service", "products and services" written product
			    enabler "support function", "support functions" written function
			}
			goal 1 "Safe water" {
			    target 1.1 "Villages served" { by 2026 level 40 "villages" }
			}
			programme WASH "Water, sanitation and hygiene" {
			    priority TP.1 "Safe water in every village" {
			        primary goal 1
			        result TP.1-a "Villages drink safe water"
			        product TP.1-1 "Wells drilled"
			    }
			    function WASH.F "Logistics" {
			        supports TP.1
			    }
			}
			risk 1 "Drought" {
			    mitigation limitation "Deeper wells"
			}
			""";

	@Inject
	private RuleTester rules;

	@Test
	void thePlansOwnWordsAreTheLanguage() throws Exception {
		Plan plan = rules.parse("ngo.itup", DECLARED);
		rules.assertClean(plan);
		assertEquals("WASH", plan.getSectors().get(0).getName());
		assertEquals("TP.1", plan.getSectors().get(0).getObjectives().get(0).getName());
		assertEquals(PlanLevel.OUTPUT, plan.getVocabulary().getLevels().get(3).getLevel());
	}

	@Test
	void theNeutralWordsAreAlwaysAccepted() throws Exception {
		String text = DECLARED.replace("programme WASH", "sector WASH").replace("priority TP.1", "objective TP.1")
				.replace("product TP.1-1", "output TP.1-1");
		rules.assertClean(rules.parse("ngo.itup", text));
	}

	@Test
	void aSynonymThePlanDoesNotDeclareIsAnErrorAtTheWord() throws Exception {
		String text = DECLARED.replace("    objective \"thematic priority\", \"thematic priorities\" written priority\n",
				"");
		rules.assertOnly(rules.parse("ngo.itup", text), ItupPackage.Literals.OBJECTIVE,
				IssueCodes.UNDECLARED_LEVEL_WORD, Severity.ERROR, text.indexOf("priority TP.1"), "priority".length(),
				"'priority' is not this plan's word for an objective: write 'objective', or declare the word in the"
						+ " plan's vocabulary: objective \"<name>\", \"<names>\" written priority.");
	}

	@Test
	void theIssuesProgrammeWithoutADeclarationIsOneErrorAndNoOther() throws Exception {
		String text = DECLARED.replace("    sector \"programme\", \"programmes\" written programme\n", "");
		rules.assertOnly(rules.parse("ngo.itup", text), ItupPackage.Literals.SECTOR,
				IssueCodes.UNDECLARED_LEVEL_WORD, Severity.ERROR, text.indexOf("programme WASH"), "programme".length(),
				"'programme' is not this plan's word for a sector: write 'sector', or declare the word in the"
						+ " plan's vocabulary: sector \"<name>\", \"<names>\" written programme.");
	}

	@Test
	void anotherSynonymOfTheSameLevelIsNotTheDeclaredOne() throws Exception {
		String text = DECLARED.replace("product TP.1-1", "service TP.1-1");
		rules.assertOnly(rules.parse("ngo.itup", text), ItupPackage.Literals.OUTPUT,
				IssueCodes.UNDECLARED_LEVEL_WORD, Severity.ERROR, text.indexOf("service TP.1"), "service".length(),
				"'service' is not this plan's word for an output: write 'output', or declare the word in the"
						+ " plan's vocabulary: output \"<name>\", \"<names>\" written service.");
	}

	@Test
	void aKeywordOfAnotherLevelCannotBeDeclared() throws Exception {
		String text = DECLARED.replace("\"programmes\" written programme", "\"programmes\" written product")
				.replace("programme WASH", "sector WASH");
		rules.assertOnly(rules.parse("ngo.itup", text), ItupPackage.Literals.LEVEL_NAME,
				IssueCodes.VOCABULARY_MISMATCH, Severity.ERROR, text.indexOf("product\n"), "product".length(),
				"'product' cannot be written for a sector ('product' is for an output); a sector may be written:"
						+ " programme, pillar.");
	}

	@Test
	void aLevelIsNamedOnce() throws Exception {
		String text = DECLARED.replace("vocabulary {\n", "vocabulary {\n    sector \"unit\", \"units\"\n")
				.replace("programme WASH", "sector WASH");
		rules.assertOnly(rules.parse("ngo.itup", text), ItupPackage.Literals.LEVEL_NAME,
				IssueCodes.VOCABULARY_MISMATCH, Severity.ERROR, text.indexOf("sector \"programme\""),
				"sector".length(), "The level 'sector' is already named in this vocabulary (\"unit\"); the first name"
						+ " counts, so remove this one.");
	}

	@Test
	void aFindingNamesTheLevelInThePlansWords() throws Exception {
		String text = DECLARED.replace("        result TP.1-a \"Villages drink safe water\"\n", "");
		rules.assertOnly(rules.parse("ngo.itup", text), text, ItupPackage.Literals.OBJECTIVE,
				IssueCodes.MISSING_OUTCOME, Severity.WARNING, "TP.1",
				"The thematic priority 'TP.1' has no result: add one that shows whether the thematic priority is"
						+ " being achieved.");
	}
}
