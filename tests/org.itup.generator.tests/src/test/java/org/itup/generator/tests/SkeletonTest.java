package org.itup.generator.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.itup.dsl.load.LoadedPlans;
import org.itup.dsl.load.PlanDiagnostic;
import org.itup.dsl.load.PlanDiagnostic.Severity;
import org.itup.dsl.load.PlanLoader;
import org.itup.model.ObjectivePlan;
import org.itup.model.OperationalPlan;
import org.itup.model.OutputPlan;
import org.itup.test.support.RepositoryRoot;
import org.itup.test.support.SkeletonPlan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Operational-plan skeletons: they load against the strategic plan, and regenerating them loses nothing. */
class SkeletonTest {

	@TempDir
	Path temp;

	@Test
	void ituSkeletonLoadsAgainstTheStrategicPlanWithoutFindings() throws IOException {
		Path out = temp.resolve("out");
		Generation.run(RepositoryRoot.itu2020Example(), out,
				Generation.formats("skeleton").sector("ITU-R").year("2021"));
		Path skeleton = out.resolve("operational/itu2020/ITU-R-2021.itup");

		LoadedPlans loaded = PlanLoader.standalone().load(List.of(RepositoryRoot.itu2020Example(), skeleton));

		assertEquals(List.of(), findingsBeyondInfos(loaded));
		OperationalPlan plan = loaded.operationalPlans().get(0);
		assertEquals("ITU-R", plan.getSector().getName());
		assertEquals(2021, plan.getYear());
		assertEquals(plan.getSector().getObjectives().size(), plan.getObjectives().size());
		for (ObjectivePlan objective : plan.getObjectives()) {
			assertEquals(objective.getObjective().getOutputs(),
					objective.getOutputs().stream().map(OutputPlan::getOutput).toList());
		}
		OutputPlan first = plan.getObjectives().get(0).getOutputs().get(0);
		assertEquals(List.of(2021, 2022, 2023, 2024), first.getTimeline().stream().map(m -> m.getYear()).toList());
		assertEquals(List.of(false, true, true, true), first.getTimeline().stream().map(m -> m.isForecast()).toList());
	}

	@Test
	void outputsThatLeaveThePlanAreRetiredWithTheirWorkAndComeBack() throws IOException {
		Path plans = temp.resolve("plans");
		Path out = temp.resolve("out");
		SkeletonPlan.write(plans, "S.1-1", "S.1-2");
		generate(plans, out);
		Path skeleton = out.resolve("operational/p/S-2024.itup");
		String work = "\t\tresponsible \"Unit A\"\n\t\tactivity \"Draft the \\\"report\\\" | عربي\"\n";
		edit(skeleton, "output S.1-2", work);

		SkeletonPlan.write(plans, "S.1-1", "S.1-3");
		generate(plans, out);
		String retired = Files.readString(skeleton);
		assertEquals(work, new SkeletonRegions(retired).contentOf("output S.1-2"));
		assertTrue(retired.contains("retired output S.1-2 {\n"), retired);
		assertTrue(retired.contains("\toutput S.1-3 {\n"), retired);
		// the strategic plan's numbering gap (S.1-1, S.1-3) is its own warning; the skeleton must have no finding
		assertEquals(List.of(), PlanLoader.standalone().load(List.of(plans, skeleton)).diagnostics().stream()
				.filter(d -> d.file().getFileName().toString().equals("S-2024.itup")).toList());

		SkeletonPlan.write(plans, "S.1-1", "S.1-2", "S.1-3");
		generate(plans, out);
		String back = Files.readString(skeleton);
		assertEquals(work, new SkeletonRegions(back).contentOf("output S.1-2"));
		assertFalse(back.contains("retired output"), back);
	}

	/** Every finding in an operational plan, and errors and warnings anywhere (strategic plans may carry infos). */
	static List<PlanDiagnostic> findingsBeyondInfos(LoadedPlans loaded) {
		return loaded.diagnostics().stream().filter(d -> d.severity() != Severity.INFO
				|| d.file().getFileName().toString().matches(".*-\\d{4}\\.itup")).toList();
	}

	static void generate(Path plans, Path out) throws IOException {
		Generation.run(plans, out, Generation.formats("skeleton"));
	}

	static void edit(Path skeleton, String key, String content) throws IOException {
		Files.writeString(skeleton, new SkeletonRegions(Files.readString(skeleton)).withContent(key, content));
	}
}
