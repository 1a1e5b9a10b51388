package org.itup.design.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.itup.design.services.LinkageMatrixServices;
import org.itup.model.Goal;
import org.itup.model.Objective;
import org.itup.model.Plan;
import org.junit.jupiter.api.Test;

/** The linkage matrix a Sirius cross table shows for the ITU plan is Table 3 of Annex 1 to Resolution 71. */
class LinkageMatrixServicesTest {

	/** Table 3 row by row: P a boxed tick (primary), S a plain tick (secondary), a dot no link; goals 1 to 5. */
	private static final List<String> TABLE_3 = List.of(
			"R.1 PPPPS", "R.2 PPSPS", "R.3 SPSSS",
			"T.1 PSSSS", "T.2 SP.S.", "T.3 PSSSS", "T.4 SPSSS", "T.5 SSSSP",
			"D.1 SPSSP", "D.2 PSSSS", "D.3 SSPPS", "D.4 SPSSS",
			"I.1 SSSSP", "I.2 S.SPS", "I.3 SP.SS", "I.4 SP..S", "I.5 S.PSS", "I.6 SSSSP");

	private final LinkageMatrixServices services = new LinkageMatrixServices();

	@Test
	void cellsAreTable3() {
		Plan header = ItuExample.part("plan.itup");
		List<Goal> goals = services.matrixGoals(header);
		List<String> rows = services.matrixObjectives(header).stream().map(objective -> row(objective, goals))
				.toList();
		assertEquals(TABLE_3, rows);
	}

	@Test
	void linesAndColumnsAreTheSameFromAnyFileOfThePlan() {
		Plan sectorFile = ItuExample.part("itu-t.itup");
		assertEquals(List.of("1", "2", "3", "4", "5"), ItuExample.codes(services.matrixGoals(sectorFile)));
		assertEquals(18, services.matrixObjectives(sectorFile).size());
		assertEquals("R.1", services.matrixObjectives(sectorFile).get(0).getName());
	}

	@Test
	void cellLabelsNameTheLinkage() {
		Objective t2 = ItuExample.element(Objective.class, "T.2");
		assertEquals("secondary", services.linkageLabel(t2, ItuExample.element(Goal.class, "1")));
		assertEquals("primary", services.linkageLabel(t2, ItuExample.element(Goal.class, "2")));
		assertEquals("", services.linkageLabel(t2, ItuExample.element(Goal.class, "3")));
	}

	private String row(Objective objective, List<Goal> goals) {
		StringBuilder cells = new StringBuilder(objective.getName()).append(' ');
		for (Goal goal : goals) {
			String label = services.linkageLabel(objective, goal);
			cells.append(label.isEmpty() ? '.' : Character.toUpperCase(label.charAt(0)));
		}
		return cells.toString();
	}
}
