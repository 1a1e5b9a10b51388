package org.itup.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;

import org.junit.jupiter.api.Test;

/**
 * What fuzzing found, one named test per finding. Each input also lies among the fuzz test's inputs, so the replay
 * runs it too; here it says what it was and what must hold now.
 */
class FuzzFindingsTest {

	/**
	 * A plan whose period and deadlines were the largest int was valid, and the forecast years of its
	 * operational-plan skeleton overflowed to negative years, so the skeleton did not load. Years now have four
	 * digits, and the plan gets errors instead.
	 */
	@Test
	void aPeriodAtTheLargestIntIsRefusedBeforeItsSkeletonOverflows() throws IOException {
		assertFalse(roundTrip("period-at-largest-int"), "the plan was valid");
	}

	/**
	 * Valid: goals and objectives may give neither title nor statement. The diagrams' labels fell back from the
	 * title to the statement to nothing, and generation ended with an internal error.
	 */
	@Test
	void anObjectiveWithNeitherTitleNorStatementIsGenerated() throws IOException {
		assertTrue(roundTrip("objective-without-title-or-statement"), "the plan was not valid");
	}

	/** Under --force, a sector whose code did not parse broke the diagrams' legend. */
	@Test
	void aSectorWithoutCodeHasAKeyInTheLegend() throws IOException {
		assertFalse(roundTrip("sector-without-code-in-legend"), "the plan was valid");
	}

	/** Under --force, a goal or objective whose code did not parse broke the CSV linkage matrix. */
	@Test
	void aGoalAndObjectiveWithoutCodeHaveARowAndColumnInTheMatrix() throws IOException {
		assertFalse(roundTrip("goal-and-objective-without-code-in-matrix"), "the plan was valid");
	}

	/** Runs a raw-text input through {@link PlanRoundTrip}; whether the plan was valid. */
	private static boolean roundTrip(String name) throws IOException {
		return PlanRoundTrip.check(PlanFileSplit.files(input("PlanTextFuzzTestInputs/anyText/" + name)));
	}

	private static byte[] input(String resource) throws IOException {
		try (InputStream in = FuzzFindingsTest.class.getResourceAsStream(resource)) {
			assertNotNull(in, () -> "missing input " + resource);
			return in.readAllBytes();
		}
	}
}
