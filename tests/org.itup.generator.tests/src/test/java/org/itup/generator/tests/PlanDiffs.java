package org.itup.generator.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;

import org.itup.analysis.StrategicPlan;
import org.itup.analysis.diff.PlanDiff;
import org.itup.analysis.diff.PlanItems;
import org.itup.dsl.load.LoadedPlans;
import org.itup.dsl.load.PlanLoader;
import org.itup.generator.diff.DiffFormat;

/**
 * What {@code itup diff OLD NEW --format F} writes, made by the generator's diff formats without the command line.
 * Where the command would refuse a side (errors in it, or not exactly one strategic plan), the test fails.
 */
public final class PlanDiffs {

	private PlanDiffs() {
	}

	public static String render(DiffFormat format, Path oldPlans, Path newPlans) {
		StrategicPlan newPlan = onlyPlan(newPlans);
		return format.render(PlanDiff.between(PlanItems.of(onlyPlan(oldPlans)), PlanItems.of(newPlan)), newPlan);
	}

	/** The one strategic plan of a folder, which loads without errors: what {@code itup diff} compares. */
	private static StrategicPlan onlyPlan(Path plans) {
		LoadedPlans loaded = PlanLoader.standalone().load(List.of(plans));
		assertFalse(loaded.hasErrors(), () -> plans + ": " + loaded.diagnostics());
		List<StrategicPlan> found = StrategicPlan.of(loaded.plans());
		assertEquals(1, found.size(), plans::toString);
		return found.get(0);
	}
}
