package org.itup.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.itup.dsl.load.LoadedPlans;
import org.itup.dsl.load.PlanDiagnostic;
import org.itup.dsl.load.PlanLoader;
import org.itup.model.Plan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Inject;

/**
 * Syntax errors a planner understands (issue 13): each case is a plan that is clean but for one broken entry, and
 * must give exactly the syntax error, in plan words, and no finding about the correct text around it.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(ItupInjectorProvider.class)
class SyntaxErrorTest {

	/** A plan no rule finds anything in; each case breaks one entry of it. */
	private static final String CLEAN = """
			plan p "P" period 2020 to 2023
			goal 1 "Growth" {
			  target 1.1 "More users" { by 2023 qualitative }
			}
			sector S "Sector" {
			  objective S.1 "Connect" {
			    primary goal 1
			    outcome S.1-a "Users connected"
			    output S.1-1 "Networks built"
			  }
			  enabler S.E "Staff" { supports all }
			}
			risk 1 "Funding" {
			  mitigation limitation "Diversify donors"
			}
			""";

	private static final String SYNTAX = " [org.eclipse.xtext.diagnostics.Diagnostic.Syntax]";

	@Inject
	private PlanLoader loader;

	@TempDir
	Path folder;

	@Test
	void theCleanPlanIsClean() throws Exception {
		assertEquals(List.of(), findings(CLEAN));
	}

	/**
	 * Was also "The goal code '1' is used twice" (twice) and "The goal '1' has no target", from `primary goal 1`.
	 * The issue's own input, `priority TP.1`, is now a word of the language (VocabularyRulesTest); a block of a kind
	 * the language has no word for still gives its syntax error only.
	 */
	@Test
	void aBlockOfAnUnknownKindInASectorGivesItsErrorOnly() throws Exception {
		String text = CLEAN.replace("  objective S.1",
				"  theme TP.1 \"Connectivity\" {\n    primary goal 1\n  }\n  objective S.1");
		assertEquals(List.of("6:3 error: `theme` cannot stand in a sector; a sector may contain: bureau, objective,"
				+ " enabler, budget" + SYNTAX), findings(text));
	}

	/** Was also "The strategic risk '1' has no mitigation", although one follows. */
	@Test
	void anUnknownLineInARiskLosesNoMitigation() throws Exception {
		String text = CLEAN.replace("  mitigation", "  severity high\n  mitigation");
		assertEquals(List.of("14:3 error: `severity` cannot stand in a risk; a risk may contain: likelihood, impact, owner, aspect, mitigation"
				+ SYNTAX), findings(text));
	}

	/**
	 * Was `missing EOF at 'programme'`, and every element after it silently dropped. The issue's own input,
	 * `programme WASH`, is now a word of the language (VocabularyRulesTest); a word it does not know keeps the rest.
	 */
	@Test
	void anUnknownWordAtPlanLevelKeepsTheRestOfTheFile() throws Exception {
		String text = CLEAN.replace("sector S", """
				portfolio WASH "Water and sanitation" {
				  objective W.1 "Safe water" { primary goal 1 }
				}
				sector S""");
		assertEquals(List.of("5:1 error: `portfolio` is not a word of the plan language here; at plan level may stand:"
				+ " period, adopted by, currency, rate, languages, codes, risk scale, vocabulary, import, vision, mission,"
				+ " sectors, value, goal, sector, inter-sectoral, secretariat, risk, swot,"
				+ " wsis facilitator, sdg custodian, criterion, term" + SYNTAX),
				findings(text));
		Plan plan = load(text).plans().get(0);
		assertEquals(List.of("S"), plan.getSectors().stream().map(sector -> sector.getName()).toList());
		assertEquals(1, plan.getRisks().size());
	}

	/**
	 * A plan that names its levels hears of them in its words, and is offered its own keywords only: the neutral
	 * one and the synonym it declares, not the synonyms of other plans.
	 */
	@Test
	void aPlanThatNamesItsLevelsReadsItsErrorsInItsWords() throws Exception {
		String text = """
				plan p "P" period 2020 to 2023
				vocabulary {
				  sector "programme", "programmes" written programme
				  objective "aim", "aims"
				  output "activity", "activities" written service
				}
				goal 1 "Growth" {
				  target 1.1 "More users" { by 2023 qualitative }
				}
				programme S "Programme" {
				  objective S.1 "Connect" {
				    primary goal 1
				    outcome S.1-a "Users connected"
				    service S.1-1 "Networks built" { likelihood high }
				    theme X
				  }
				}
				""";
		assertEquals(List.of(
				"14:38 error: `likelihood` cannot stand in an activity; an activity may contain: indicator, budget,"
						+ " replaces" + SYNTAX,
				"15:5 error: `theme` cannot stand in an aim; an aim may contain: statement, primary goal, secondary goal,"
						+ " contributors, wsis, outcome, output, service, indicator, budget, replaces" + SYNTAX),
				findings(text).stream().filter(finding -> finding.endsWith(SYNTAX)).toList());
	}

	/** Was `mismatched input 'indicatr' expecting '}'`. */
	@Test
	void aMisspeltKeywordGetsTheNearestAllowedOne() throws Exception {
		String text = CLEAN.replace("\"Networks built\"", "\"Networks built\" { indicatr \"Km of fibre\" }");
		assertEquals(List.of("9:37 error: `indicatr` cannot stand in an output; an output may contain: indicator, budget, replaces"
				+ " (did you mean `indicator`?)" + SYNTAX), findings(text));
	}

	@Test
	void aWordOfAnotherBlockInAnOutputNamesWhatAnOutputMayContain() throws Exception {
		String text = CLEAN.replace("\"Networks built\"", "\"Networks built\" { likelihood high }");
		assertEquals(List.of("9:37 error: `likelihood` cannot stand in an output; an output may contain: indicator, budget, replaces"
				+ SYNTAX), findings(text));
	}

	/** Was `extraneous input 'by' expecting RULE_INT`-style text. */
	@Test
	void anExtraWordSaysWhatMustComeThere() throws Exception {
		String text = CLEAN.replace("{ by 2023", "{ by by 2023");
		assertEquals(List.of("3:32 error: `by` cannot stand here; a number must come here" + SYNTAX),
				findings(text));
	}

	/** Was `missing '{' at 'target'`. */
	@Test
	void aMissingBraceIsNamedWithTheWordItIsMissingBefore() throws Exception {
		String text = CLEAN.replace("goal 1 \"Growth\" {", "goal 1 \"Growth\"");
		assertEquals(List.of("3:3 error: `{` is missing before `target`" + SYNTAX), findings(text));
	}

	/** Was `Couldn't resolve reference to Goal '9'.` */
	@Test
	void anUnresolvedCodeNamesTheCodesThatExist() throws Exception {
		String text = CLEAN.replace("primary goal 1", "primary goal 1, 9");
		assertEquals(List.of("7:21 error: There is no goal '9' in plan p; goals that can be named here: 1."
				+ " [org.eclipse.xtext.diagnostics.Diagnostic.Linking]"), findings(text));
	}

	/** Where more than ten codes could be named, the nearest are offered instead of a list. */
	@Test
	void anUnresolvedCodeAmongManyGetsTheNearest() throws Exception {
		StringBuilder objectives = new StringBuilder();
		for (int number = 1; number <= 11; number++) {
			objectives.append("  objective S.").append(number).append(" \"O\" { primary goal 1 }\n");
		}
		String text = CLEAN.replace("  objective S.1 ", objectives + "  objective S.0 ")
				.replace("supports all", "supports S.1, S.12");
		List<String> linking = findings(text).stream().filter(finding -> finding.endsWith("Linking]")).toList();
		assertEquals(List.of("22:39 error: There is no objective 'S.12' in plan p; did you mean S.1 or S.10 or S.11?"
				+ " (12 objectives can be named here) [org.eclipse.xtext.diagnostics.Diagnostic.Linking]"), linking);
	}

	@Test
	void noMessageQuotesTheParser() throws Exception {
		String text = CLEAN.replace("sector S", "portfolio X {\n}\nsector S").replace("{ by 2023", "{ by by 2023")
				.replace("  mitigation", "  severity high\n  mitigation");
		List<String> findings = findings(text);
		assertEquals(3, findings.size(), findings::toString);
		for (String finding : findings) {
			for (String raw : List.of("mismatched", "extraneous", "expecting", "missing EOF", "RULE_", "<EOF>")) {
				assertFalse(finding.contains(raw), finding);
			}
		}
	}

	private List<String> findings(String text) throws Exception {
		return load(text).diagnostics().stream().map(SyntaxErrorTest::shown).toList();
	}

	private LoadedPlans load(String text) throws Exception {
		Path file = Files.writeString(folder.resolve("plan.itup"), text);
		return loader.load(List.of(file));
	}

	private static String shown(PlanDiagnostic finding) {
		return finding.line() + ":" + finding.column() + " " + finding.severity().label() + ": " + finding.message()
				+ " [" + finding.code() + "]";
	}
}
