package org.itup.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

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
		byte[] plan = input("PlanTextFuzzTestInputs/anyText/period-at-largest-int");
		assertFalse(PlanRoundTrip.check(PlanFileSplit.files(plan)), "the plan was generated");
	}

	private static byte[] input(String resource) throws IOException {
		try (InputStream in = FuzzFindingsTest.class.getResourceAsStream(resource)) {
			assertNotNull(in, () -> "missing input " + resource);
			return in.readAllBytes();
		}
	}
}
