package org.itup.design.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.itup.design.services.ProblemServices;
import org.itup.design.services.ResultsChainServices;
import org.itup.model.Target;
import org.junit.jupiter.api.Test;

/** The problem styles mark goals with no primary objective and objectives with no primary goal, and nothing else. */
class ProblemServicesTest {

	private final ProblemServices problems = new ProblemServices();

	@Test
	void ituPlanHasNoLinkageProblem() {
		ResultsChainServices chain = new ResultsChainServices();
		var header = ItuExample.part("plan.itup");
		assertEquals(List.of(), chain.goals(header).stream().filter(problems::lacksPrimaryObjective).toList());
		assertEquals(List.of(), chain.objectives(header).stream().filter(problems::lacksPrimaryGoal).toList());
	}

	@Test
	void goalSupportedOnlyAsSecondaryLacksAPrimaryObjective() {
		SmallPlan small = new SmallPlan();
		small.objectiveA.getPrimaryGoals().add(small.goal1);
		small.objectiveA.getSecondaryGoals().add(small.goal2);
		assertFalse(problems.lacksPrimaryObjective(small.goal1));
		assertTrue(problems.lacksPrimaryObjective(small.goal2));
		assertTrue(problems.lacksPrimaryObjective(small.goal3));
	}

	@Test
	void objectiveWithOnlySecondaryGoalsLacksAPrimaryGoal() {
		SmallPlan small = new SmallPlan();
		small.objectiveA.getPrimaryGoals().add(small.goal1);
		small.objectiveB.getSecondaryGoals().add(small.goal1);
		assertFalse(problems.lacksPrimaryGoal(small.objectiveA));
		assertTrue(problems.lacksPrimaryGoal(small.objectiveB));
	}

	@Test
	void otherElementsHaveNoLinkageProblem() {
		assertFalse(problems.lacksPrimaryGoal(ItuExample.element(Target.class, "1.1")));
		assertFalse(problems.lacksPrimaryObjective(ItuExample.part("plan.itup")));
	}
}
