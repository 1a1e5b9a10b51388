package org.itup.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.eclipse.xtext.validation.Issue;
import org.itup.analysis.StrategicPlan;
import org.itup.dsl.validation.IssueCodes;
import org.itup.dsl.validation.WholePlans;
import org.itup.model.Plan;
import org.itup.model.PlanFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * Issue 15: in an editor (a resource set that is never frozen) the files of one plan share its whole-plan facts
 * while no part changes, instead of each file's validation working the whole plan out again; and any change of a
 * part (a reparse, a file of the plan added or removed) makes the next validation of every part see the change.
 * The plan "split": goals 1 and 2 in main.itup, the objectives that answer for them in sector files.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(ItupInjectorProvider.class)
class EditorPlanFactsTest {

	private static final String MAIN = """
			plan split "Split" period 2020 to 2023
			goal 1 "Growth" {
			    target 1.1 "Households online" { by 2023 level 65 "%" }
			}
			goal 2 "Inclusiveness" {
			    target 2.1 "Women online" { by 2023 level 50 "%" }
			}
			""";

	private static final String SECTOR_A = """
			plan split
			sector A "Sector A" {
			    objective A.1 "Access" {
			        statement "Widen access"
			        primary goals 1, 2
			        outcome A.1-a "More countries connected"
			        output A.1-1 "Regulations"
			    }
			}
			""";

	private static final String SECTOR_B = """
			plan split
			sector B "Sector B" {
			    objective B.1 "Inclusion" {
			        statement "Include women"
			        primary goal 2
			        outcome B.1-a "More women connected"
			        output B.1-1 "Programmes"
			    }
			}
			""";

	@Inject
	private ParseHelper<PlanFile> parser;

	@Inject
	private XtextResourceSet editor;

	@Inject
	private WholePlans wholePlans;

	@Inject
	private ValidationTestHelper validation;

	private Plan main;

	private Plan sectorA;

	/** A reparse replaces the file's model, so edits go to the file. */
	private XtextResource sectorAFile;

	@BeforeEach
	void openThePlan() throws Exception {
		main = parse("main.itup", MAIN);
		sectorA = parse("sector-a.itup", SECTOR_A);
		sectorAFile = (XtextResource) sectorA.eResource();
	}

	@Test
	void theFilesOfAnUnchangedPlanShareOneWholePlan() {
		validation.validate(main);
		assertFalse(wholePlans.factsWhileUnchanged(sectorA).isEmpty(),
				"validating main.itup left the plan's facts for sector-a.itup");
		StrategicPlan whole = wholeOf(main);
		assertSame(whole, wholeOf(sectorA));
		validation.validate(sectorA);
		assertSame(whole, wholeOf(main), "validating another part keeps the whole plan");
		assertEquals(List.of(main, sectorA), whole.parts());
	}

	@Test
	void anEditOfOnePartIsSeenByTheChecksOfAnother() throws Exception {
		assertEquals(List.of(), goalsWithoutObjective());
		StrategicPlan before = wholeOf(main);
		reparse(SECTOR_A.replace("primary goals 1, 2", "primary goal 1"));
		assertEquals(List.of("2"), goalsWithoutObjective());
		reparse(SECTOR_A);
		assertEquals(List.of(), goalsWithoutObjective());
		assertFalse(before == wholeOf(main), "an edited part makes a new whole plan");
	}

	@Test
	void anEditThroughIncrementalUpdateIsSeen() throws Exception {
		assertEquals(List.of(), goalsWithoutObjective());
		String text = sectorAFile.getParseResult().getRootNode().getText();
		int at = text.indexOf(", 2");
		sectorAFile.update(at, ", 2".length(), "");
		assertEquals(List.of("2"), goalsWithoutObjective());
	}

	@Test
	void aPartAddedOrRemovedIsSeenByTheChecksOfTheOthers() throws Exception {
		reparse(SECTOR_A.replace("primary goals 1, 2", "primary goal 1"));
		assertEquals(List.of("2"), goalsWithoutObjective());
		Plan sectorB = parse("sector-b.itup", SECTOR_B);
		assertEquals(List.of(), goalsWithoutObjective());
		editor.getResources().remove(sectorB.eResource());
		assertEquals(List.of("2"), goalsWithoutObjective());
	}

	/** The goals of main.itup that its validation says no objective answers for. */
	private List<String> goalsWithoutObjective() {
		return validation.validate(main).stream()
				.filter(issue -> IssueCodes.GOAL_WITHOUT_OBJECTIVE.equals(issue.getCode()))
				.map(Issue::getMessage).map(EditorPlanFactsTest::goalNamed).toList();
	}

	private static String goalNamed(String message) {
		int start = message.indexOf("goal '") + "goal '".length();
		return message.substring(start, message.indexOf('\'', start));
	}

	private StrategicPlan wholeOf(Plan part) {
		return wholePlans.of(part, wholePlans.factsWhileUnchanged(part));
	}

	private Plan parse(String fileName, String text) throws Exception {
		return (Plan) parser.parse(text, URI.createURI("memory:/plans/" + fileName), editor);
	}

	private void reparse(String text) throws Exception {
		sectorAFile.reparse(text);
	}
}
