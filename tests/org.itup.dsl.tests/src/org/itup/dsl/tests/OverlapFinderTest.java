package org.itup.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.itup.analysis.StrategicPlan;
import org.itup.analysis.overlap.Overlap;
import org.itup.analysis.overlap.OverlapFinder;
import org.itup.dsl.load.PlanLoader;
import org.itup.model.PlanElement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Inject;

/**
 * The overlap finder compares a result only with those sharing one of its rarest words; it must still find every
 * pair at or above the threshold. At threshold 0 it compares every pair sharing any word, which serves as the
 * reference here. Beyond its limit per result it lists the most alike and counts the rest.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(ItupInjectorProvider.class)
class OverlapFinderTest {

	@Inject
	private PlanLoader loader;

	@Test
	void findsEveryPairThatAComparisonOfAllPairsFinds() {
		StrategicPlan plan = StrategicPlan.of(loader.load(List.of(ProjectPaths.ituExample())).plans()).get(0);
		List<PlanElement> results = new ArrayList<>(plan.outcomes());
		results.addAll(plan.outputs());
		OverlapFinder everyPair = OverlapFinder.of(plan, 0, Integer.MAX_VALUE);
		for (double threshold : new double[] { 0.2, 0.3, 0.45, 0.6, 0.75, 0.9, 1.0 }) {
			OverlapFinder finder = OverlapFinder.of(plan, threshold, Integer.MAX_VALUE);
			int found = 0;
			for (PlanElement result : results) {
				List<Overlap> expected = everyPair.overlapsOf(result).stream()
						.filter(overlap -> overlap.similarity() >= threshold).toList();
				assertEquals(expected, finder.overlapsOf(result), result.getName() + " at " + threshold);
				found += expected.size();
			}
			assertTrue(threshold > 0.6 || found >= 4, "the example has overlaps at " + threshold);
		}
	}

	@Test
	void listsTheMostAlikeUpToTheLimitAndCountsTheRest(@TempDir Path folder) throws Exception {
		StringBuilder text = new StringBuilder("plan p\n");
		for (int sector = 1; sector <= 9; sector++) {
			String statement = "Regional workshops on spectrum management" + (sector == 1 ? " and pricing" : "");
			text.append("sector S%d { objective S%d.1 { output S%d.1-1 \"%s\" } }\n".formatted(sector, sector, sector,
					statement));
		}
		Files.writeString(folder.resolve("p.itup"), text);
		StrategicPlan plan = StrategicPlan.of(loader.load(List.of(folder)).plans()).get(0);
		OverlapFinder finder = OverlapFinder.of(plan, OverlapFinder.DEFAULT_THRESHOLD, 5);

		PlanElement second = plan.outputs().get(1);
		assertEquals(List.of("S3.1-1", "S4.1-1", "S5.1-1", "S6.1-1", "S7.1-1"), codes(finder.overlapsOf(second)),
				"the identical statements come before the more distant one of S1, in plan order");
		assertEquals(3, finder.unlistedOverlapsOf(second));
		PlanElement first = plan.outputs().get(0);
		assertEquals(List.of("S2.1-1", "S3.1-1", "S4.1-1", "S5.1-1", "S6.1-1"), codes(finder.overlapsOf(first)));
		assertEquals(0.89, finder.overlapsOf(first).get(0).similarity(), 0.005);
		assertEquals(3, finder.unlistedOverlapsOf(first));
	}

	private static List<String> codes(List<Overlap> overlaps) {
		return overlaps.stream().map(overlap -> overlap.second().getName()).toList();
	}
}
