package org.itup.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

import com.google.inject.Inject;

/**
 * The overlap finder compares a result only with those sharing one of its rarest words; it must still find every
 * pair at or above the threshold. At threshold 0 it compares every pair sharing any word, which serves as the
 * reference here.
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
		OverlapFinder everyPair = OverlapFinder.of(plan, 0);
		for (double threshold : new double[] { 0.2, 0.3, 0.45, 0.6, 0.75, 0.9, 1.0 }) {
			OverlapFinder finder = OverlapFinder.of(plan, threshold);
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
}
