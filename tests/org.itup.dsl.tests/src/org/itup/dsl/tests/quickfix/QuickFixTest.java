package org.itup.dsl.tests.quickfix;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.itup.dsl.ide.quickfix.PlanQuickFix;
import org.itup.dsl.tests.ItupInjectorProvider;
import org.itup.dsl.validation.IssueCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** Each quick fix, applied to a plan's text, gives the expected text and removes its diagnostic. */
@ExtendWith(InjectionExtension.class)
@InjectWith(ItupInjectorProvider.class)
class QuickFixTest {

	private static final String GOAL = """
			plan p period 2020 to 2023
			goal 1 "Growth" {
			    target 1.1 "Online" {
			        by 2023
			        level 65 "%"
			    }
			@@}
			""";

	private static final String SECTOR = """
			plan p
			goal 1 "Growth" { target 1.1 { by 2023 qualitative } }
			goal 2 "Inclusiveness" { target 2.1 { by 2023 qualitative } }
			sector A {
			    objective A.1 "Access" {
			        statement "Widen access"
			@@    }
			    enabler A-1 { supports all }
			}
			""";

	@Inject
	private QuickFixTester fixes;

	@Test
	void renumberTarget() throws Exception {
		String text = GOAL.replace("@@", "    target 1.3 \"Cheaper\" { by 2023 qualitative }\n");
		fixes.assertFixed(text, IssueCodes.TARGET_NUMBERING, "Renumber to '1.2'", text.replace("1.3", "1.2"));
	}

	@Test
	void renumberTargetByTheSchemeAnotherFileOfThePlanDeclares() throws Exception {
		fixes.withFile("codes.itup", "plan p\ncodes { target \"{goal}.{A}\" }\n");
		String text = GOAL.replace("target 1.1 ", "target 1.A ")
				.replace("@@", "    target 1.C \"Cheaper\" { by 2023 qualitative }\n");
		fixes.assertFixed(text, IssueCodes.TARGET_NUMBERING, "Renumber to '1.B'", text.replace("1.C", "1.B"));
	}

	@Test
	void anOfficialCodeIsNeverRenumbered() throws Exception {
		String inGoal = "    target 2.5.B \"Cheaper\" { by 2023 qualitative }\n";
		String levelOfficial = GOAL.replace("period 2020 to 2023", "period 2020 to 2023\ncodes { target official }")
				.replace("@@", inGoal);
		assertEquals(List.of(), fixes.fixesAt(levelOfficial, IssueCodes.TARGET_NUMBERING, "2.5.B"));
		String markedOfficial = GOAL.replace("@@", inGoal.replace("2.5.B", "2.5.B official"));
		assertEquals(List.of(), fixes.fixesAt(markedOfficial, IssueCodes.TARGET_NUMBERING, "2.5.B"));
	}

	@Test
	void renumberOutcomeAndOutput() throws Exception {
		String text = SECTOR.replace("@@", "        primary goals 1, 2\n        outcome A.1-b \"x\"\n        output A.1-1 \"y\"\n");
		fixes.assertFixed(text, IssueCodes.OUTCOME_NUMBERING, "Renumber to 'A.1-a'", text.replace("A.1-b", "A.1-a"));
		String outputs = text.replace("A.1-b", "A.1-a").replace("A.1-1", "A.1-4");
		fixes.assertFixed(outputs, IssueCodes.OUTPUT_NUMBERING, "Renumber to 'A.1-1'", text.replace("A.1-b", "A.1-a"));
	}

	@Test
	void addBaselineSkeleton() throws Exception {
		String text = GOAL.replace("@@", "    target 1.2 \"Cheaper\" {\n        by 2023\n        decrease 25 \"%\"\n    }\n");
		fixes.assertFixed(text, IssueCodes.MISSING_BASELINE, "Add 'baseline 2019 measured' (correct the year)",
				text.replace("decrease 25 \"%\"\n", "decrease 25 \"%\"\n        baseline 2019 measured\n"));
	}

	@Test
	void markBaselineMeasured() throws Exception {
		String text = GOAL.replace("@@", "    target 1.2 { by 2023 increase 50 \"%\" baseline 2017 }\n");
		fixes.assertFixed(text, IssueCodes.MISSING_BASELINE, "Take the value measured in 2017 as the baseline",
				text.replace("baseline 2017", "baseline 2017 measured"));
	}

	@Test
	void addTranslationPlaceholders() throws Exception {
		String text = "plan p\nterm \"Vision\" {\n    zh \"愿景\"\n    en \"Vision\"\n    fr \"Vision\"\n    es \"Visión\"\n}\n";
		fixes.assertFixed(text, IssueCodes.MISSING_TRANSLATION, "Add placeholders for ar, ru",
				text.replace("    es \"Visión\"\n", "    es \"Visión\"\n    ar \"\"\n    ru \"\"\n"));
	}

	@Test
	void removeUnusedImport() throws Exception {
		String other = "plan q\nimport p\nsector B { enabler B-1 { supports all } }\n";
		fixes.withFile("p.itup", "plan p\ngoal 1 { target 1.1 { qualitative } }\n");
		fixes.assertFixed(other, IssueCodes.UNUSED_IMPORT, "Remove the import", other.replace("import p\n", ""));
	}

	@Test
	void chooseATreatment() throws Exception {
		String text = "plan p\nrisk 1 \"Funding\" {\n    mitigation \"Plan finances\"\n}\n";
		assertEquals(4, fixes.fixes(text, IssueCodes.MITIGATION_WITHOUT_TREATMENT).size());
		fixes.assertFixed(text, IssueCodes.MITIGATION_WITHOUT_TREATMENT, "Treat the risk by transfer",
				text.replace("mitigation \"", "mitigation transfer \""));
	}

	@Test
	void linkAPrimaryGoal() throws Exception {
		String text = SECTOR.replace("@@", "        secondary goal 1\n        outcome A.1-a \"x\"\n        output A.1-1 \"y\"\n");
		assertEquals(java.util.List.of("Link goal 2 as primary"),
				fixes.fixes(text, IssueCodes.MISSING_PRIMARY_GOAL).stream().map(PlanQuickFix::label).toList());
		String expected = text.replace("        statement \"Widen access\"\n",
				"        statement \"Widen access\"\n        primary goal 2\n");
		assertEquals(expected, fixes.fixes(text, IssueCodes.MISSING_PRIMARY_GOAL).get(0).applyTo(text));
	}

	@Test
	void removeGoalLinkedTwice() throws Exception {
		String text = SECTOR.replace("@@", "        primary goals 1, 2\n        secondary goal 2\n        outcome A.1-a \"x\"\n        output A.1-1 \"y\"\n");
		fixes.assertFixed(text, IssueCodes.DUPLICATE_GOAL_LINK, "Remove the repeated goal '2'",
				text.replace("        secondary goal 2\n", ""));
		String inList = text.replace("primary goals 1, 2\n        secondary goal 2", "primary goals 1, 2, 1");
		fixes.assertFixed(inList, IssueCodes.DUPLICATE_GOAL_LINK, "Remove the repeated goal '1'",
				text.replace("\n        secondary goal 2", ""));
	}

	@Test
	void moveDeadlineIntoThePeriod() throws Exception {
		String text = GOAL.replace("@@", "").replace("by 2023", "by 2025");
		fixes.assertFixed(text, IssueCodes.DEADLINE_OUTSIDE_PERIOD, "Set the deadline to 2023", GOAL.replace("@@", ""));
		fixes.assertFixed(text, IssueCodes.DEADLINE_OUTSIDE_PERIOD, "Give the target its own horizon 2025",
				text.replace("by 2025", "by 2025 horizon 2025"));
	}

	@Test
	void writeSdgCodeInLowerCase() throws Exception {
		String text = GOAL.replace("@@", "    sdg 9.C (9.c.1)\n");
		fixes.assertFixed(text, IssueCodes.SDG_CODE_CASE, "Write the official code '9.c'",
				text.replace("9.C (", "9.c ("));
	}

	@Test
	void addFirstOutcomeAndOutput() throws Exception {
		String text = SECTOR.replace("@@", "        primary goals 1, 2\n");
		String withOutcome = fixes.apply(text, IssueCodes.MISSING_OUTCOME, "Add outcome A.1-a");
		assertEquals(text.replace("primary goals 1, 2\n", "primary goals 1, 2\n        outcome A.1-a \"\"\n"),
				withOutcome);
		fixes.assertFixed(withOutcome, IssueCodes.MISSING_OUTPUT, "Add output A.1-1",
				withOutcome.replace("A.1-a \"\"\n", "A.1-a \"\"\n        output A.1-1 \"\"\n"));
	}

	@Test
	void markTargetQualitative() throws Exception {
		String inBraces = GOAL.replace("@@", "    target 1.2 \"Partnerships\" { by 2023 }\n");
		fixes.assertFixed(inBraces, IssueCodes.TARGET_NOT_MEASURABLE, "Mark the target qualitative",
				inBraces.replace("{ by 2023 }", "{ qualitative by 2023 }"));
		String withoutBraces = GOAL.replace("@@", "    target 1.2 \"Reach\"\n");
		fixes.assertFixed(withoutBraces, IssueCodes.TARGET_NOT_MEASURABLE, "Mark the target qualitative",
				withoutBraces.replace("\"Reach\"\n", "\"Reach\" { qualitative }\n"));
	}

	@Test
	void letAnEnablerSupportAllObjectives() throws Exception {
		String text = SECTOR.replace("@@", "        primary goals 1, 2\n        outcome A.1-a \"x\"\n        output A.1-1 \"y\"\n")
				.replace("enabler A-1 { supports all }", "enabler A-1 {\n        activity \"Meetings\"\n    }");
		fixes.assertFixed(text, IssueCodes.ENABLER_WITHOUT_SUPPORT, "Support all objectives",
				text.replace("enabler A-1 {\n", "enabler A-1 {\n        supports all\n"));
	}

	@Test
	void addAFirstTarget() throws Exception {
		String text = "plan p period 2020 to 2023\ngoal 3 \"Sustainability\" {\n    statement \"Manage risks\"\n}\n";
		fixes.assertFixed(text, IssueCodes.GOAL_WITHOUT_TARGET, "Add target 3.1",
				text.replace("risks\"\n}", "risks\"\n    target 3.1 \"\"\n}"));
		String oneLine = "plan p period 2020 to 2023\ngoal 3 \"Sustainability\" { }\n";
		fixes.assertFixed(oneLine, IssueCodes.GOAL_WITHOUT_TARGET, "Add target 3.1",
				oneLine.replace("{ }", "{ \n    target 3.1 \"\"\n}"));
	}

	@Test
	void addAMitigationOfEachTreatment() throws Exception {
		String text = "plan p\nrisk 1 \"Funding\" {\n    aspect \"Budget cuts\"\n}\n";
		assertEquals(java.util.List.of("Add a mitigation by avoidance", "Add a mitigation by limitation",
				"Add a mitigation by transfer", "Add a mitigation by acceptance"),
				fixes.fixes(text, IssueCodes.RISK_WITHOUT_MITIGATION).stream().map(PlanQuickFix::label).toList());
		fixes.assertFixed(text, IssueCodes.RISK_WITHOUT_MITIGATION, "Add a mitigation by limitation",
				text.replace("cuts\"\n", "cuts\"\n    mitigation limitation \"\"\n"));
	}

	@Test
	void addAnIndicatorToAnOutcome() throws Exception {
		String text = SECTOR.replace("@@", "        primary goals 1, 2\n        outcome A.1-a \"x\" { indicator \"Users\" }\n"
				+ "        outcome A.1-b \"y\"\n        output A.1-1 \"z\"\n");
		fixes.assertFixed(text, IssueCodes.OUTCOME_WITHOUT_INDICATOR, "Add an indicator",
				text.replace("A.1-b \"y\"", "A.1-b \"y\" { indicator \"\" }"));
		String emptyBraces = text.replace("A.1-b \"y\"", "A.1-b \"y\" {}");
		fixes.assertFixed(emptyBraces, IssueCodes.OUTCOME_WITHOUT_INDICATOR, "Add an indicator",
				text.replace("A.1-b \"y\"", "A.1-b \"y\" { indicator \"\"}"));
	}

	@Test
	void offerTheNearestOfficialCodes() throws Exception {
		String text = GOAL.replace("@@", "    sdg 9.x (9.c.7)\n    wsis C12\n");
		assertEquals(java.util.List.of("Change to '9.a'", "Change to '9.b'", "Change to '9.c'"),
				fixes.fixes(text, IssueCodes.UNKNOWN_SDG_TARGET).stream().map(PlanQuickFix::label).toList());
		fixes.assertFixed(text, IssueCodes.UNKNOWN_SDG_TARGET, "Change to '9.c'", text.replace("9.x", "9.c"));
		fixes.assertFixed(text, IssueCodes.UNKNOWN_SDG_INDICATOR, "Change to '9.c.1'", text.replace("9.c.7", "9.c.1"));
		fixes.assertFixed(text, IssueCodes.UNKNOWN_WSIS_ACTION_LINE, "Change to 'C1'", text.replace("C12", "C1"));
	}
}
