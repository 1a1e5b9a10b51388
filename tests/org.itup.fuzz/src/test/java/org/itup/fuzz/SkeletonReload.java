package org.itup.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.itup.dsl.load.LoadedPlans;
import org.itup.dsl.load.PlanDiagnostic;
import org.itup.dsl.load.PlanLoader;

/**
 * The promise of docs/operational-plans.md: a generated operational-plan skeleton loads together with its strategic
 * plan with no findings. The input's own operational plans stay out, since they may plan the same sector and year.
 */
final class SkeletonReload {

	private SkeletonReload() {
	}

	static void assertClean(LoadedPlans loaded, List<Path> generated) {
		List<Path> skeletons = generated.stream().filter(file -> file.toString().endsWith(".itup")).toList();
		if (skeletons.isEmpty()) {
			return;
		}
		List<Path> strategic = loaded.plans().stream()
				.map(plan -> Path.of(plan.eResource().getURI().toFileString())).distinct().toList();
		LoadedPlans again = PlanLoader.standalone().load(Stream.concat(strategic.stream(), skeletons.stream()).toList());
		List<PlanDiagnostic> onSkeletons = again.diagnostics().stream()
				.filter(diagnostic -> skeletons.contains(diagnostic.file().toAbsolutePath().normalize())).toList();
		assertEquals(List.of(), onSkeletons, "findings in generated skeletons");
	}
}
