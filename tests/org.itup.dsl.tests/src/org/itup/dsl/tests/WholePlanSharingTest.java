package org.itup.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.itup.analysis.StrategicPlan;
import org.itup.dsl.load.LoadedPlans;
import org.itup.dsl.load.PlanDiagnostic;
import org.itup.dsl.load.PlanLoader;
import org.itup.dsl.validation.FrozenPlans;
import org.itup.dsl.validation.IssueCodes;
import org.itup.dsl.validation.WholePlans;
import org.itup.model.Plan;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Inject;

/**
 * Issue 16: a plan split into thousands of files took time quadratic in its files, because each file worked out
 * the whole plan again. In a load, every file of a plan now gets one and the same whole plan, with all its parts in
 * file order, while a plan of another name gets its own; rules that need another file's part (the period in the
 * main file) still see it.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(ItupInjectorProvider.class)
class WholePlanSharingTest {

	private static final int GOAL_FILES = 30;

	@Inject
	private PlanLoader loader;

	@Inject
	private WholePlans wholePlans;

	@TempDir
	Path folder;

	@Test
	void everyFileOfAPlanSharesOneWholePlan() throws Exception {
		writeSplitPlan();
		LoadedPlans loaded = loader.load(List.of(folder));
		List<Plan> split = loaded.plans().stream().filter(part -> "split".equals(part.getName())).toList();
		assertEquals(GOAL_FILES + 1, split.size());
		StrategicPlan first = wholeOf(split.get(0));
		assertEquals(split, first.parts(), "all parts, in file order");
		for (Plan part : split) {
			assertSame(first, wholeOf(part), part.eResource().getURI().lastSegment());
		}
		Plan other = loaded.plans().stream().filter(part -> "other".equals(part.getName())).findFirst().orElseThrow();
		assertNotSame(first, wholeOf(other));
		assertEquals(List.of(other), wholeOf(other).parts());
	}

	@Test
	void aGoalFileIsCheckedAgainstThePeriodOfTheMainFile() throws Exception {
		writeSplitPlan();
		LoadedPlans loaded = loader.load(List.of(folder));
		List<PlanDiagnostic> outside = loaded.diagnostics().stream()
				.filter(diagnostic -> IssueCodes.DEADLINE_OUTSIDE_PERIOD.equals(diagnostic.code())).toList();
		assertEquals(1, outside.size(), loaded.diagnostics().toString());
		assertEquals("goal-17.itup", outside.get(0).file().getFileName().toString());
		assertEquals(4, outside.get(0).line());
	}

	private StrategicPlan wholeOf(Plan part) {
		return wholePlans.of(part, FrozenPlans.factsOf(part).orElseThrow());
	}

	/** Plan "split": a main file with the period, then one file per goal; goal 17's target is due after it ends. */
	private void writeSplitPlan() throws Exception {
		Files.writeString(folder.resolve("a-main.itup"), "plan split \"Split\"\nperiod 2020 to 2023\n");
		for (int goal = 1; goal <= GOAL_FILES; goal++) {
			int due = goal == 17 ? 2030 : 2023;
			Files.writeString(folder.resolve(String.format("goal-%02d.itup", goal)),
					"plan split\ngoal " + goal + " {\n    target " + goal + ".1 \"Reach it\" {\n        by " + due
							+ "\n        qualitative\n    }\n}\n");
		}
		Files.writeString(folder.resolve("z-other.itup"), "plan other \"Other\"\nperiod 2020 to 2023\n");
	}
}
