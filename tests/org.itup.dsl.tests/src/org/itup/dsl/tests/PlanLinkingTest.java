package org.itup.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.eclipse.xtext.diagnostics.Diagnostic;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.itup.model.ItupPackage;
import org.itup.model.Objective;
import org.itup.model.Plan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * References by code: to the plan's own elements in any of its files, to imported plans, and fully qualified.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(ItupInjectorProvider.class)
class PlanLinkingTest {

	private static final String GOALS = """
			plan p "Plan P"
			period 2020 to 2023
			goal 1 "Growth" { }
			goal 2 "Inclusiveness" { }
			""";

	@Inject
	private PlanFilesFixture files;

	private final ValidationTestHelper validation = new ValidationTestHelper(ValidationTestHelper.Mode.EXACT);

	@Test
	void partOfTheSamePlanInAnotherFileSeesGoalsByBareCode() throws Exception {
		Plan goals = files.parse("goals.itup", GOALS);
		Plan sector = files.parse("sector.itup", """
				plan p
				inter-sectoral S "Sector" {
				    objective S.1 "Reach" { primary goal 1 secondary goals 2 outcome S.1-a output S.1-1 }
				}
				""");
		Objective objective = sector.getSectors().get(0).getObjectives().get(0);
		assertSame(goals.getGoals().get(0), objective.getPrimaryGoals().get(0));
		assertSame(goals.getGoals().get(1), objective.getSecondaryGoals().get(0));
		validation.assertNoIssues(sector);
	}

	@Test
	void anotherPlansGoalResolvesThroughAnImport() throws Exception {
		Plan goals = files.parse("goals.itup", GOALS);
		Plan other = files.parse("other.itup", """
				plan q
				import p
				inter-sectoral S { objective S.1 { primary goal 2 outcome S.1-a output S.1-1 } }
				""");
		assertSame(goals.getGoals().get(1), other.getSectors().get(0).getObjectives().get(0).getPrimaryGoals().get(0));
		validation.assertNoIssues(other);
	}

	@Test
	void anotherPlansGoalResolvesByQualifiedCode() throws Exception {
		Plan goals = files.parse("goals.itup", GOALS);
		Plan other = files.parse("other.itup", """
				plan q
				inter-sectoral S { objective S.1 { primary goal p.1 outcome S.1-a output S.1-1 } }
				""");
		assertSame(goals.getGoals().get(0), other.getSectors().get(0).getObjectives().get(0).getPrimaryGoals().get(0));
		validation.assertNoIssues(other);
	}

	@Test
	void anotherPlansGoalIsNotVisibleWithoutImport() throws Exception {
		files.parse("goals.itup", GOALS);
		String text = """
				plan q
				inter-sectoral S { objective S.1 { primary goal 1 outcome S.1-a output S.1-1 } }
				""";
		Plan other = files.parse("other.itup", text);
		validation.assertError(other, ItupPackage.Literals.OBJECTIVE, Diagnostic.LINKING_DIAGNOSTIC,
				text.indexOf("1 outcome"), 1, "There is no goal '1' in plan q; goals that can be named here: p.1, p.2.");
		assertEquals(1, validation.validate(other).size());
	}

	@Test
	void unknownImportedPlanIsAnError() throws Exception {
		String text = "plan q\nimport nowhere\n";
		Plan plan = files.parse("q.itup", text);
		validation.assertError(plan, ItupPackage.Literals.IMPORT, Diagnostic.LINKING_DIAGNOSTIC,
				text.indexOf("nowhere"), "nowhere".length(), "There is no plan 'nowhere' among the plans read; plans that can be named here: q.");
		assertEquals(1, validation.validate(plan).size());
	}

	/** The next period's plan imports the previous one; both number their goals 1, 2, ... as plans do. */
	@Test
	void ownPlansCodesWinOverAnImportedPlansSameCodes() throws Exception {
		Plan previous = files.parse("previous.itup", GOALS);
		Plan nextGoals = files.parse("next-goals.itup", GOALS.replace("plan p \"Plan P\"", "plan q \"Plan Q\""));
		Plan nextSector = files.parse("next-sector.itup", """
				plan q
				import p
				inter-sectoral S { objective S.1 { primary goal 2 secondary goal p.1 outcome S.1-a output S.1-1 } }
				""");
		Objective objective = nextSector.getSectors().get(0).getObjectives().get(0);
		assertSame(nextGoals.getGoals().get(1), objective.getPrimaryGoals().get(0));
		assertSame(previous.getGoals().get(0), objective.getSecondaryGoals().get(0));
		validation.assertNoIssues(nextSector);
	}

	@Test
	void aCodeOnlyTheImportedPlanHasStillResolves() throws Exception {
		Plan previous = files.parse("previous.itup", GOALS + "goal 3 \"Sustainability\" { }\n");
		files.parse("next-goals.itup", GOALS.replace("plan p \"Plan P\"", "plan q \"Plan Q\""));
		Plan nextSector = files.parse("next-sector.itup", """
				plan q
				import p
				inter-sectoral S { objective S.1 { primary goal 3 outcome S.1-a output S.1-1 } }
				""");
		assertSame(previous.getGoals().get(2), nextSector.getSectors().get(0).getObjectives().get(0).getPrimaryGoals().get(0));
	}
}
