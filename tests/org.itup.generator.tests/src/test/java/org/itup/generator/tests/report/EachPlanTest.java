package org.itup.generator.tests.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.itup.generator.EachPlan;
import org.junit.jupiter.api.Test;

/** Plans made on several threads are written as a serial run would write them: in order, up to the first failure. */
class EachPlanTest {

	/** More threads than most build agents have cores, so the parallel path runs wherever the test does. */
	private static final EachPlan ON_FOUR_THREADS = new EachPlan(4);

	private final List<Integer> plans = IntStream.range(0, 40).boxed().toList();

	@Test
	void writesInPlanOrder() throws IOException {
		List<String> written = new ArrayList<>();
		ON_FOUR_THREADS.generate(plans, plan -> slowly("plan " + plan, plan), (plan, made) -> written.add(made));
		assertEquals(plans.stream().map(plan -> "plan " + plan).toList(), written);
	}

	@Test
	void stopsAtTheFirstFailingPlanWithItsError() {
		List<Integer> written = new ArrayList<>();
		IOException error = assertThrows(IOException.class, () -> ON_FOUR_THREADS.generate(plans, plan -> {
			if (plan == 17 || plan == 30) {
				throw new IOException("cannot make plan " + plan);
			}
			return slowly(plan, plan);
		}, (plan, made) -> written.add(made)));
		assertEquals("cannot make plan 17", error.getMessage());
		assertEquals(IntStream.range(0, 17).boxed().toList(), written);
	}

	/** Early plans take longest, so later ones are done first and only the order of writing can put them back. */
	private static <T> T slowly(T made, int plan) throws IOException {
		try {
			Thread.sleep(Math.max(0, 10 - plan));
		} catch (InterruptedException e) {
			throw new IOException(e);
		}
		return made;
	}
}
