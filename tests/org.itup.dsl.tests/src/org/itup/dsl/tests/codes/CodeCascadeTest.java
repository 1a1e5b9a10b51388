package org.itup.dsl.tests.codes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.function.Predicate;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.itup.dsl.codes.CodeCascade;
import org.itup.dsl.codes.CodeCascade.Renamed;
import org.itup.dsl.codes.PlanCodes;
import org.itup.dsl.tests.ItupInjectorProvider;
import org.itup.dsl.tests.PlanFilesFixture;
import org.itup.model.Plan;
import org.itup.model.PlanElement;
import org.itup.model.Sector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** Which codes follow a renamed parent under the plan's code schemes, and which keep theirs. */
@ExtendWith(InjectionExtension.class)
@InjectWith(ItupInjectorProvider.class)
class CodeCascadeTest {

	private static final String PLAN = """
			plan ngo
			codes {
			    objective "{sector}.{n}"
			    enabler "{bureau}-{n}"
			}
			goal 2 "Water" {
			    target 2.1 "Wells"
			    target 2.x "Written by hand"
			    target 2.3 official "Adopted"
			}
			sector P "Programme" {
			    bureau PB "Programme office"
			    objective P.1 "Water points" {
			        primary goal 2
			        outcome P.1-a "Villages served"
			        output P.1-1 "Wells dug"
			    }
			    enabler PB-1 "Logistics" { supports all }
			}
			""";

	private static final Predicate<Renamed> ANY_CODE_FREE = child -> true;

	@Inject
	private PlanFilesFixture files;

	@Test
	void aGoalTakesTheTargetsThatFollowItsSchemeButNotOfficialOrHandWrittenOnes() throws Exception {
		Plan plan = files.parse("p.itup", PLAN);
		assertEquals(List.of("2.1 -> 7.1"), cascade(plan, plan.getGoals().get(0), "7", ANY_CODE_FREE));
	}

	@Test
	void aSectorTakesItsObjectivesAndTheirResultsDownTheChain() throws Exception {
		Plan plan = files.parse("p.itup", PLAN);
		assertEquals(List.of("P.1 -> W.1", "P.1-a -> W.1-a", "P.1-1 -> W.1-1"),
				cascade(plan, plan.getSectors().get(0), "W", ANY_CODE_FREE));
	}

	@Test
	void aBureauTakesTheEnablersWhoseSchemeRepeatsItsCode() throws Exception {
		Plan plan = files.parse("p.itup", PLAN);
		Sector sector = plan.getSectors().get(0);
		assertEquals(List.of("PB-1 -> WB-1"), cascade(plan, sector.getBureau(), "WB", ANY_CODE_FREE));
	}

	@Test
	void aChildWhoseNewCodeIsTakenKeepsItsCodeAndSoDoItsChildren() throws Exception {
		Plan plan = files.parse("p.itup", PLAN);
		assertEquals(List.of(), cascade(plan, plan.getSectors().get(0), "W", child -> !child.newCode().equals("W.1")));
	}

	@Test
	void aPlanWhoseCodesAreAllOfficialCascadesNothing() throws Exception {
		Plan plan = files.parse("p.itup", PLAN.replace("codes {", "codes official\ncodes {"));
		assertEquals(List.of(), cascade(plan, plan.getGoals().get(0), "7", ANY_CODE_FREE));
	}

	private static List<String> cascade(Plan plan, PlanElement renamed, String newCode, Predicate<Renamed> free) {
		return CodeCascade.of(PlanCodes.of(List.of(plan)), renamed, newCode, free).stream()
				.map(child -> child.oldCode() + " -> " + child.newCode()).toList();
	}
}
