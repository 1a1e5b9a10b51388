package org.itup.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.eclipse.xtext.diagnostics.Diagnostic;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.itup.dsl.validation.IssueCodes;
import org.itup.model.ItupPackage;
import org.itup.model.OperationalPlan;
import org.itup.model.OutputPlan;
import org.itup.model.Plan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * An operational plan names its strategic plan's sector, objectives and outputs by bare code and must follow that
 * plan's results chain.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(ItupInjectorProvider.class)
class OperationalPlanTest {

	private static final String STRATEGIC = """
			plan p "Plan P"
			goal 1 "Growth" { }
			sector S "Sector" {
			    objective S.1 { primary goal 1 output S.1-1 "Reports" output S.1-2 "Events" }
			    objective S.2 { primary goal 1 output S.2-1 "Tools" }
			}
			sector T { objective T.1 { primary goal 1 } }
			""";

	@Inject
	private PlanFilesFixture files;

	private final ValidationTestHelper validation = new ValidationTestHelper(ValidationTestHelper.Mode.EXACT);

	@Test
	void referencesResolveInTheStrategicPlanAndTheWorkIsRead() throws Exception {
		Plan strategic = files.parse("p.itup", STRATEGIC);
		OperationalPlan plan = files.parseOperational("s-2021.itup", """
				operational plan p-2021 for S year 2021
				implements p
				responsible "Bureau"
				objective S.1 {
				    output S.1-2 {
				        responsible "Unit"
				        activity "Hold the event"
				        indicator "Participants" { unit "people" target 200 direction increase }
				        resources 10000 "CHF"
				        plan 2021 "First event"
				        forecast 2022 "Second event"
				    }
				}
				retired output S.1-9 { activity "Kept" }
				""");

		validation.assertNoIssues(plan);
		assertSame(strategic, plan.getStrategicPlan());
		assertSame(strategic.getSectors().get(0), plan.getSector());
		OutputPlan output = plan.getObjectives().get(0).getOutputs().get(0);
		assertSame(strategic.getSectors().get(0).getObjectives().get(0).getOutputs().get(1), output.getOutput());
		assertEquals("Unit", output.getResponsibleUnit());
		assertEquals(2022, output.getTimeline().get(1).getYear());
		assertEquals(true, output.getTimeline().get(1).isForecast());
		assertEquals("S.1-9", plan.getRetiredOutputs().get(0).getCode());
	}

	@Test
	void anObjectiveOfAnotherSectorIsAnError() throws Exception {
		files.parse("p.itup", STRATEGIC);
		String text = "operational plan p-2021 for S year 2021\nimplements p\nobjective T.1 { }\n";
		OperationalPlan plan = files.parseOperational("s-2021.itup", text);

		validation.assertError(plan, ItupPackage.Literals.OBJECTIVE_PLAN, IssueCodes.OBJECTIVE_OF_OTHER_SECTOR,
				text.indexOf("T.1"), 3, "Objective T.1 is not an objective of S, the sector of this operational plan:"
						+ " list only its own objectives.");
		assertEquals(1, validation.validate(plan).size());
	}

	@Test
	void anOutputOfAnotherObjectiveIsAnError() throws Exception {
		files.parse("p.itup", STRATEGIC);
		String text = "operational plan p-2021 for S year 2021\nimplements p\nobjective S.1 { output S.2-1 { } }\n";
		OperationalPlan plan = files.parseOperational("s-2021.itup", text);

		validation.assertError(plan, ItupPackage.Literals.OUTPUT_PLAN, IssueCodes.OUTPUT_OF_OTHER_OBJECTIVE,
				text.indexOf("S.2-1"), 5, "Output S.2-1 is not an output of objective S.1: move it under its own"
						+ " objective.");
		assertEquals(1, validation.validate(plan).size());
	}

	@Test
	void anOutputTheStrategicPlanDoesNotHaveIsUnresolved() throws Exception {
		files.parse("p.itup", STRATEGIC);
		String text = "operational plan p-2021 for S year 2021\nimplements p\nobjective S.1 { output S.1-7 { } }\n";
		OperationalPlan plan = files.parseOperational("s-2021.itup", text);

		validation.assertError(plan, ItupPackage.Literals.OUTPUT_PLAN, Diagnostic.LINKING_DIAGNOSTIC,
				text.indexOf("S.1-7"), 5, "Couldn't resolve reference to Output 'S.1-7'.");
		assertEquals(1, validation.validate(plan).size());
	}

	@Test
	void anOutputsPropertiesComeInAnyOrder() throws Exception {
		files.parse("p.itup", STRATEGIC);
		OperationalPlan plan = files.parseOperational("s-2021.itup", """
				operational plan p-2021 for S year 2021
				implements p
				objective S.1 {
				    output S.1-1 {
				        activity "Prepare the report"
				        plan 2021 "Draft"
				        responsible "Unit"
				        resources 10000 "CHF"
				    }
				}
				retired output S.1-9 { activity "Kept" responsible "Old unit" }
				""");

		validation.assertNoIssues(plan);
		assertEquals("Unit", plan.getObjectives().get(0).getOutputs().get(0).getResponsibleUnit());
		assertEquals("Old unit", plan.getRetiredOutputs().get(0).getResponsibleUnit());
	}

	@Test
	void aSecondResponsibleUnitIsAnError() throws Exception {
		files.parse("p.itup", STRATEGIC);
		String text = "operational plan p-2021 for S year 2021\nimplements p\n"
				+ "objective S.1 { output S.1-1 { responsible \"A\" activity \"x\" responsible \"B\" } }\n";
		OperationalPlan plan = files.parseOperational("s-2021.itup", text);

		validation.assertError(plan, ItupPackage.Literals.OUTPUT_PLAN, IssueCodes.RESPONSIBLE_TWICE,
				text.indexOf("\"B\""), 3, "The responsible unit is given twice: an output has one responsible unit,"
						+ " so keep one of them.");
		assertEquals(1, validation.validate(plan).size());
	}
}
