package org.itup.bench.scale;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.itup.analysis.StrategicPlan;
import org.itup.dsl.load.LoadedPlans;
import org.itup.dsl.load.PlanDiagnostic;
import org.itup.dsl.load.PlanLoader;
import org.itup.dsl.validation.FindingCap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one-plan shapes of issue 16: the same bytes for the same size and seed; one plan with a goal, a sector and
 * an objective per block; and, when loaded, no findings but the overlaps of the outputs left "To be defined".
 */
class OnePlanShapesTest {

	private static final int GOAL_FILES = 40;

	@TempDir
	Path folder;

	@Test
	void theSplitPlanIsTheSameForTheSameSeed() throws IOException {
		List<Path> first = OnePlanShapes.writeSplit(GOAL_FILES, 71, folder.resolve("a"));
		List<Path> second = OnePlanShapes.writeSplit(GOAL_FILES, 71, folder.resolve("b"));
		assertEquals(GOAL_FILES + 1, first.size());
		for (int i = 0; i < first.size(); i++) {
			assertArrayEquals(Files.readAllBytes(first.get(i)), Files.readAllBytes(second.get(i)), first.get(i)
					.toString());
		}
	}

	@Test
	void theLargeFileIsTheSameForTheSameSeedAndAsLargeAsAsked() throws IOException {
		Path first = OnePlanShapes.writeLarge(1, 71, folder.resolve("a"));
		Path second = OnePlanShapes.writeLarge(1, 71, folder.resolve("b"));
		assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
		long size = Files.size(first);
		assertTrue(size >= 1 << 20 && size < (1 << 20) + 1000, "one block past 1 MB at most: " + size);
	}

	@Test
	void theSplitPlanIsOnePlanWithABlockPerFile() throws IOException {
		OnePlanShapes.writeSplit(GOAL_FILES, 71, folder);
		LoadedPlans loaded = PlanLoader.standalone().load(List.of(folder));
		List<StrategicPlan> plans = StrategicPlan.of(loaded.plans());
		assertEquals(1, plans.size());
		assertEquals(GOAL_FILES + 1, plans.get(0).parts().size());
		assertEquals(GOAL_FILES, plans.get(0).goals().size());
		assertEquals(GOAL_FILES + 1, plans.get(0).sectors().size(), "a sector per goal and the secretariat");
		// four outputs "To be defined", each in a file of its own, each like the three others
		assertEquals(4 * 3, overlapsOnly(loaded).size());
	}

	@Test
	void theLargeFileIsOnePlanOfBlocks() throws IOException {
		Path file = OnePlanShapes.writeLarge(1, 71, folder);
		LoadedPlans loaded = PlanLoader.standalone().load(List.of(file));
		StrategicPlan plan = StrategicPlan.of(loaded.plans()).get(0);
		int blocks = plan.goals().size();
		assertTrue(blocks > 1000, "blocks of about 700 bytes: " + blocks);
		// over a hundred outputs "To be defined" in one file: the first hundred notes, then one counting the rest
		assertEquals(FindingCap.PER_RULE + 1, overlapsOnly(loaded).size());
	}

	/** The findings, after checking that all are overlaps: only the outputs "To be defined" read alike. */
	private static List<PlanDiagnostic> overlapsOnly(LoadedPlans loaded) {
		List<PlanDiagnostic> findings = loaded.diagnostics();
		assertTrue(findings.stream().allMatch(finding -> finding.code().equals("org.itup.dsl.Overlap")),
				findings.toString());
		return findings;
	}
}
