package org.itup.bench.scale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.emf.ecore.EObject;
import org.itup.analysis.PlanSummary;
import org.itup.analysis.StrategicPlan;
import org.itup.dsl.load.LoadedPlans;
import org.itup.dsl.load.PlanLoader;
import org.itup.model.Plan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 1x plan holds what the ITU example holds, kind by kind, as the command line's summary counts it. */
class ScaledPlanCountsTest {

	@TempDir
	Path folder;

	@Test
	void oneTimesHoldsTheExamplesElements() throws IOException {
		ScaledPlans.write(1, 71, folder);
		LoadedPlans scaled = PlanLoader.standalone().load(List.of(folder));
		LoadedPlans example = PlanLoader.standalone().load(List.of(exampleFolder()));
		assertEquals(1, StrategicPlan.of(scaled.plans()).size());
		assertEquals(summary(example), summary(scaled));
		assertEquals(new PlanSummary(5, 24, 5, 18, 64, 70, 25, 58, 31, 6), summary(scaled));
		assertEquals(objectsByKind(example), objectsByKind(scaled));
	}

	private static PlanSummary summary(LoadedPlans loaded) {
		return PlanSummary.total(StrategicPlan.of(loaded.plans()).stream().map(PlanSummary::of).toList());
	}

	/** Every model object of the strategic plan by its class: values, baselines, SDG links and glossary included. */
	private static Map<String, Integer> objectsByKind(LoadedPlans loaded) {
		Map<String, Integer> counts = new TreeMap<>();
		for (Plan plan : loaded.plans()) {
			counts.merge(plan.eClass().getName(), 1, Integer::sum);
			for (EObject object : (Iterable<EObject>) plan::eAllContents) {
				counts.merge(object.eClass().getName(), 1, Integer::sum);
			}
		}
		assertTrue(counts.containsKey("CoreValue") && counts.containsKey("SdgLink"), counts.toString());
		return counts;
	}

	static Path exampleFolder() {
		return Path.of(System.getProperty("itup.root.dir", "..")).resolve("examples/itu-2020-2023");
	}
}
