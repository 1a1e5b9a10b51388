package org.itup.bench.scale;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Which plans a scaled set holds: {@code factor} plans, kept by organisations of up to four consecutive plan
 * periods each (the last ending with the example's period), so later plans can import earlier ones.
 */
final class PlanSet {

	static final int PERIODS_PER_ORGANISATION = 4;

	static final int PERIOD_YEARS = 4;

	private PlanSet() {
	}

	static List<ScaledPlan> of(int factor, Random random) {
		List<String> organisations = acronyms((factor + PERIODS_PER_ORGANISATION - 1) / PERIODS_PER_ORGANISATION,
				random);
		List<ScaledPlan> plans = new ArrayList<>();
		for (int o = 0; o < organisations.size(); o++) {
			int periods = Math.min(PERIODS_PER_ORGANISATION, factor - o * PERIODS_PER_ORGANISATION);
			String predecessor = null;
			for (int p = 0; p < periods; p++) {
				int start = ScaledPlan.EXAMPLE_START_YEAR - (periods - 1 - p) * PERIOD_YEARS;
				ScaledPlan plan = new ScaledPlan(organisations.get(o), start, predecessor);
				plans.add(plan);
				predecessor = plan.name();
			}
		}
		return plans;
	}

	/** Distinct three-letter acronyms; the example's own "ITU" is left out so no copy passes for the original. */
	private static List<String> acronyms(int count, Random random) {
		Set<String> names = new LinkedHashSet<>();
		while (names.size() < count) {
			StringBuilder name = new StringBuilder();
			for (int i = 0; i < 3; i++) {
				name.append((char) ('A' + random.nextInt(26)));
			}
			if (!name.toString().equals("ITU")) {
				names.add(name.toString());
			}
		}
		return List.copyOf(names);
	}
}
