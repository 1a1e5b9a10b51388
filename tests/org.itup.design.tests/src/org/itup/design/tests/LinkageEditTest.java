package org.itup.design.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.itup.design.services.LinkageMatrixServices;
import org.junit.jupiter.api.Test;

/** Typing in a linkage matrix cell changes the objective's goal lists, keeping goals in the plan's order. */
class LinkageEditTest {

	private final LinkageMatrixServices matrix = new LinkageMatrixServices();
	private final SmallPlan small = new SmallPlan();

	@Test
	void primaryGoesIntoPlanOrder() {
		small.objectiveA.getPrimaryGoals().add(small.goal3);
		assertSame(small.objectiveA, matrix.setLinkage(small.objectiveA, small.goal1, "P"));
		assertEquals(List.of(small.goal1, small.goal3), small.objectiveA.getPrimaryGoals());
		matrix.setLinkage(small.objectiveA, small.goal2, "primary");
		assertEquals(List.of(small.goal1, small.goal2, small.goal3), small.objectiveA.getPrimaryGoals());
	}

	@Test
	void secondaryReplacesPrimary() {
		small.objectiveA.getPrimaryGoals().addAll(List.of(small.goal1, small.goal2));
		matrix.setLinkage(small.objectiveA, small.goal2, " s ");
		assertEquals(List.of(small.goal1), small.objectiveA.getPrimaryGoals());
		assertEquals(List.of(small.goal2), small.objectiveA.getSecondaryGoals());
		assertEquals("secondary", matrix.linkageLabel(small.objectiveA, small.goal2));
	}

	@Test
	void emptyCellRemovesTheLink() {
		small.objectiveA.getSecondaryGoals().add(small.goal3);
		for (String none : List.of("", "-", ".", "None")) {
			matrix.setLinkage(small.objectiveA, small.goal3, none);
			assertEquals(List.of(), small.objectiveA.getSecondaryGoals());
			assertEquals("", matrix.linkageLabel(small.objectiveA, small.goal3));
		}
	}

	@Test
	void sameLinkageAgainChangesNothing() {
		small.objectiveA.getPrimaryGoals().addAll(List.of(small.goal3, small.goal1));
		matrix.setLinkage(small.objectiveA, small.goal1, "P");
		assertEquals(List.of(small.goal3, small.goal1), small.objectiveA.getPrimaryGoals());
	}

	@Test
	void unknownValueIsRefusedAndNothingChanges() {
		small.objectiveA.getPrimaryGoals().add(small.goal1);
		IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
				() -> matrix.setLinkage(small.objectiveA, small.goal1, "x"));
		assertEquals("\"x\" is not a linkage: type P (primary), S (secondary) or leave the cell empty (no link)",
				refused.getMessage());
		assertEquals(List.of(small.goal1), small.objectiveA.getPrimaryGoals());
	}

	@Test
	void onlyObjectiveAndGoalMakeACell() {
		assertThrows(IllegalArgumentException.class, () -> matrix.setLinkage(small.goal1, small.goal2, "P"));
		assertEquals("", matrix.linkageLabel(small.goal1, small.goal2));
	}
}
