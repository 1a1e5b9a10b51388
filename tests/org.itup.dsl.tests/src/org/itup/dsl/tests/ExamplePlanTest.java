package org.itup.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.itup.analysis.LinkageKind;
import org.itup.analysis.LinkageMatrix;
import org.itup.analysis.PlanSummary;
import org.itup.analysis.StrategicPlan;
import org.itup.dsl.load.LoadedPlans;
import org.itup.dsl.load.PlanLoader;
import org.itup.dsl.load.PlanDiagnostic.Severity;
import org.itup.model.Goal;
import org.itup.model.Objective;
import org.itup.model.PlanElement;
import org.itup.model.RiskTreatment;
import org.itup.model.StrategicRisk;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * The complete ITU Strategic Plan 2020-2023 loads without a single diagnostic and holds what Resolution 71 states.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(ItupInjectorProvider.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExamplePlanTest {

	/**
	 * Table 3 of Annex 1 to Resolution 71, row by row (objectives) and column by column (goals 1 to 5): P for a
	 * boxed tick (primary link), S for a plain tick (secondary link), a dot for no link.
	 */
	private static final List<String> TABLE_3 = List.of(
			"R.1 PPPPS", "R.2 PPSPS", "R.3 SPSSS",
			"T.1 PSSSS", "T.2 SP.S.", "T.3 PSSSS", "T.4 SPSSS", "T.5 SSSSP",
			"D.1 SPSSP", "D.2 PSSSS", "D.3 SSPPS", "D.4 SPSSS",
			"I.1 SSSSP", "I.2 S.SPS", "I.3 SP.SS", "I.4 SP..S", "I.5 S.PSS", "I.6 SSSSP");

	@Inject
	private PlanLoader loader;

	private LoadedPlans loaded;
	private StrategicPlan plan;

	@BeforeAll
	void loadExample() {
		loaded = loader.load(List.of(ProjectPaths.ituExample()));
		List<StrategicPlan> plans = StrategicPlan.of(loaded.plans());
		assertEquals(1, plans.size(), "all example files are parts of one plan");
		plan = plans.get(0);
	}

	/**
	 * Every info the rules give on the example, so a new one is noticed: the near-duplicate outputs of different
	 * sectors (Resolution 191), which are real candidates for coordination in the plan.
	 */
	private static final List<String> INFOS = List.of(
			"inter-sectoral.itup:17:16 org.itup.dsl.Overlap The output 'I.1-3' reads nearly like output 'T.5-1' of ITU-T (similarity 0.75)",
			"itu-r.itup:49:16 org.itup.dsl.Overlap The output 'R.3-1' reads nearly like output 'T.4-1' of ITU-T (similarity 1.00)",
			"itu-t.itup:54:16 org.itup.dsl.Overlap The output 'T.4-1' reads nearly like output 'R.3-1' of ITU-R (similarity 1.00)",
			"itu-t.itup:69:16 org.itup.dsl.Overlap The output 'T.5-1' reads nearly like output 'I.1-3' of I (similarity 0.75)");

	@Test
	void loadsWithoutErrorsOrWarnings() {
		assertEquals("", loaded.diagnostics().stream().filter(d -> d.severity() != Severity.INFO)
				.map(Object::toString).collect(Collectors.joining("\n")));
		assertEquals(7, loaded.files().size()); // six files of the plan and its monitoring file
	}

	@Test
	void infosAreTheKnownOnes() {
		List<String> infos = loaded.diagnostics().stream().filter(d -> d.severity() == Severity.INFO)
				.map(d -> d.file().getFileName() + ":" + d.line() + ":" + d.column() + " " + d.code() + " "
						+ d.message().substring(0, d.message().indexOf(':')))
				.toList();
		assertEquals(INFOS, infos);
	}

	@Test
	void summaryMatchesTheSourceDocument() {
		assertEquals(new PlanSummary(5, 24, 5, 18, 64, 70, 25, 58, 31, 6), PlanSummary.of(plan));
	}

	@Test
	void headerCarriesPeriodAndAdoption() {
		var header = plan.header();
		assertEquals("itu2020", header.getName());
		assertEquals("ITU strategic plan for 2020-2023", header.getTitle());
		assertEquals(2020, header.getStartYear());
		assertEquals(2023, header.getEndYear());
		assertEquals("Resolution 71 (Rev. Dubai, 2018)", header.getAdoptedBy());
	}

	@Test
	void linkageMatrixIsTable3CellByCell() {
		LinkageMatrix matrix = LinkageMatrix.of(plan);
		assertEquals(List.of("1", "2", "3", "4", "5"), codes(matrix.goals()));
		List<String> rows = matrix.objectives().stream().map(objective -> row(matrix, objective)).toList();
		assertEquals(TABLE_3, rows);
	}

	@Test
	void goalsHaveTheirTargetsInOrder() {
		assertEquals(List.of(7, 10, 5, 1, 1), plan.goals().stream().map(goal -> goal.getTargets().size()).toList());
		assertEquals("2.10", plan.goals().get(1).getTargets().get(9).getName());
	}

	@Test
	void everyRiskMitigationHasATreatment() {
		assertEquals(List.of("1", "2", "3", "4", "5", "6"), codes(plan.risks()));
		long untreated = plan.risks().stream().flatMap(risk -> risk.getMitigations().stream())
				.filter(mitigation -> mitigation.getTreatment() == RiskTreatment.UNSPECIFIED).count();
		assertEquals(0, untreated);
		assertEquals(19, plan.risks().stream().mapToInt((StrategicRisk risk) -> risk.getMitigations().size()).sum());
	}

	private static String row(LinkageMatrix matrix, Objective objective) {
		StringBuilder cells = new StringBuilder(objective.getName()).append(' ');
		for (Goal goal : matrix.goals()) {
			LinkageKind kind = matrix.linkage(objective, goal);
			cells.append(kind == LinkageKind.PRIMARY ? 'P' : kind == LinkageKind.SECONDARY ? 'S' : '.');
		}
		return cells.toString();
	}

	private static List<String> codes(List<? extends PlanElement> elements) {
		return elements.stream().map(PlanElement::getName).toList();
	}
}
