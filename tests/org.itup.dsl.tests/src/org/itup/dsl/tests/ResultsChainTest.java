package org.itup.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collection;
import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.itup.analysis.StrategicPlan;
import org.itup.analysis.chain.ChainLinkKind;
import org.itup.analysis.chain.Coverage;
import org.itup.analysis.chain.ElementKind;
import org.itup.analysis.chain.ResultsChain;
import org.itup.dsl.load.PlanLoader;
import org.itup.model.Goal;
import org.itup.model.Objective;
import org.itup.model.PlanElement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** The results chain and its coverage, on the ITU example and on a small plan with gaps. */
@ExtendWith(InjectionExtension.class)
@InjectWith(ItupInjectorProvider.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ResultsChainTest {

	@Inject
	private PlanLoader loader;

	@Inject
	private PlanFilesFixture files;

	private ResultsChain itu;

	@BeforeAll
	void loadExample() {
		itu = ResultsChain.of(StrategicPlan.of(loader.load(List.of(ProjectPaths.ituExample())).plans()).get(0));
	}

	@Test
	void linksMatchTheCountsOfTheExample() {
		assertEquals(24, count(ChainLinkKind.TARGET));
		assertEquals(25, count(ChainLinkKind.PRIMARY));
		assertEquals(58, count(ChainLinkKind.SECONDARY));
		assertEquals(64, count(ChainLinkKind.OUTCOME));
		assertEquals(70, count(ChainLinkKind.OUTPUT));
		assertEquals(5 + 24 + 18 + 64 + 70 + 31, itu.elements().size());
	}

	@Test
	void goalFiveIsServedDirectlyByFourObjectives() {
		Goal innovation = itu.plan().goals().get(4);
		assertEquals(List.of("T.5", "D.1", "I.1", "I.6"), codes(itu.objectivesOf(innovation, ChainLinkKind.PRIMARY)));
	}

	@Test
	void anOutputLeadsUpToItsObjectiveAndItsGoals() {
		Objective t2 = objective("T.2");
		PlanElement output = t2.getOutputs().get(0);
		assertEquals(List.of("goal-1", "goal-2", "goal-4", "objective-T.2"), keys(itu.resultsOf(output)));
	}

	@Test
	void anObjectiveLeadsDownToItsOutcomesOutputsAndEnablers() {
		Objective t2 = objective("T.2");
		var down = itu.contributorsTo(t2);
		assertTrue(down.containsAll(t2.getOutcomes()));
		assertTrue(down.containsAll(t2.getOutputs()));
		assertFalse(itu.enablersOf(t2).isEmpty());
		assertTrue(down.containsAll(itu.enablersOf(t2)));
		assertTrue(down.stream().noneMatch(element -> ElementKind.of(element) == ElementKind.GOAL));
	}

	@Test
	void theChainOfAGoalHoldsItsTargetsAndEveryObjectiveLinkedToIt() {
		Goal goal2 = itu.plan().goals().get(1);
		List<PlanElement> chain = itu.chainOf(goal2);
		assertTrue(chain.containsAll(goal2.getTargets()));
		assertTrue(chain.containsAll(itu.objectivesOf(goal2, ChainLinkKind.SECONDARY)));
		assertFalse(chain.contains(itu.plan().goals().get(0)), "a goal's chain does not climb to other goals");
	}

	@Test
	void theExampleHasNoGapInItsChain() {
		Coverage coverage = Coverage.of(itu);
		assertTrue(coverage.isComplete());
		assertEquals(List.of(), coverage.goalsOnSecondaryLinksOnly());
	}

	@Test
	void coverageNamesEachGap() throws Exception {
		var gaps = files.parse("gaps.itup", """
				plan gaps
				goal 1 "Served" { target 1.1 "t" }
				goal 2 "Secondary only" { }
				goal 3 "Unserved" { target 3.1 "t" }
				sector S "S" {
				    objective S.1 "Full" { primary goal 1 secondary goal 2 outcome S.1-a "a" output S.1-1 "b" }
				    objective S.2 "Empty" { secondary goal 1 }
				    enabler E-1 "Helps" { supports S.1 }
				}
				""");
		ResultsChain chain = ResultsChain.of(StrategicPlan.of(List.of(gaps)).get(0));
		Objective full = gaps.getSectors().get(0).getObjectives().get(0);
		Coverage coverage = Coverage.of(chain);
		assertEquals(List.of("2", "3"), codes(coverage.goalsWithoutPrimaryObjective()));
		assertEquals(List.of("2"), codes(coverage.goalsOnSecondaryLinksOnly()));
		assertEquals(List.of("2"), codes(coverage.goalsWithoutTargets()));
		assertEquals(List.of("S.2"), codes(coverage.objectivesWithoutPrimaryGoal()));
		assertEquals(List.of("S.2"), codes(coverage.objectivesWithoutOutcomes()));
		assertEquals(List.of("S.2"), codes(coverage.objectivesWithoutOutputs()));
		assertEquals(List.of("S.2"), codes(coverage.objectivesWithoutEnabler()));
		assertEquals(List.of("E-1"), codes(chain.enablersOf(full)));
		assertFalse(coverage.isComplete());
	}

	private long count(ChainLinkKind kind) {
		return itu.links().stream().filter(link -> link.kind() == kind).count();
	}

	private Objective objective(String code) {
		return itu.plan().objectives().stream().filter(o -> o.getName().equals(code)).findFirst().orElseThrow();
	}

	private static List<String> codes(Collection<? extends PlanElement> elements) {
		return elements.stream().map(PlanElement::getName).toList();
	}

	private static List<String> keys(Collection<? extends PlanElement> elements) {
		return elements.stream().map(ElementKind::key).sorted().toList();
	}
}
