package org.itup.dsl.tests.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.itup.analysis.monitoring.Allocation;
import org.itup.analysis.monitoring.AllocationCheck;
import org.itup.analysis.monitoring.BudgetTree;
import org.itup.analysis.monitoring.CurrencyRates;
import org.itup.analysis.monitoring.LinkageWeights;
import org.itup.analysis.monitoring.MissingRate;
import org.itup.analysis.monitoring.ObjectiveLinks;
import org.itup.analysis.monitoring.Overrun;
import org.itup.analysis.monitoring.Period;
import org.itup.analysis.monitoring.PlannedAndSpent;
import org.itup.analysis.monitoring.ResourcesByGoal;
import org.itup.analysis.monitoring.ResourcesByGoal.Report;
import org.junit.jupiter.api.Test;

/**
 * Resources carried to goals, worked by hand. Sector S has 1 000 000 CHF for 2022. Its objective O1 has 500 000 CHF
 * and primary goals G1, G2 and secondary goal G3: weights 2, 2, 1 of 5 give 200 000, 200 000 and 100 000. Objective
 * O2 has no allocation of its own; its outputs have 100 000 USD (at 0.9, 90 000 CHF) and 60 000 CHF, so 150 000 CHF,
 * all to its one primary goal G2. Objective O3 has 50 000 CHF and no goal. What reaches no goal is the sector's
 * 300 000 CHF beyond its objectives plus O3's 50 000.
 */
class ResourcesByGoalTest {

	private static final BudgetTree TREE = new BudgetTree(
			Map.of("O1", "S", "O2", "S", "O3", "S", "O2-a", "O2", "O2-b", "O2"));
	private static final List<ObjectiveLinks> LINKS = List.of(
			new ObjectiveLinks("O1", List.of("G1", "G2"), List.of("G3")),
			new ObjectiveLinks("O2", List.of("G2"), List.of()),
			new ObjectiveLinks("O3", List.of(), List.of()));
	private static final CurrencyRates RATES = new CurrencyRates("CHF", Map.of("USD", new BigDecimal("0.9")));
	private static final List<Allocation> PLANNED = List.of(
			Allocation.of("S", "1000000", "CHF", "2022"),
			Allocation.of("O1", "500000", "CHF", "2022"),
			Allocation.of("O2-a", "100000", "USD", "2022"),
			Allocation.of("O2-b", "60000", "CHF", "2022"),
			Allocation.of("O3", "50000", "CHF", "2022"),
			Allocation.of("S", "400000", "CHF", "2020-2021"));
	private static final List<Allocation> SPENT = List.of(
			Allocation.of("O1", "250000", "CHF", "2022"),
			Allocation.of("O2-a", "50000", "EUR", "2022"));

	private static Report report(LinkageWeights weights, Period window) {
		return new ResourcesByGoal(TREE, LINKS, RATES, weights).report(PLANNED, SPENT, window);
	}

	private static void assertMoney(String expected, BigDecimal actual) {
		assertEquals(0, new BigDecimal(expected).compareTo(actual), () -> "expected " + expected + ", was " + actual);
	}

	@Test
	void goalsGetTheirWeightedShareOfEachObjective() {
		Report report = report(LinkageWeights.DEFAULTS, Period.parse("2022"));
		assertEquals(List.of("G1", "G2", "G3"), List.copyOf(report.byGoal().keySet()));
		assertMoney("200000", report.byGoal().get("G1").planned());
		assertMoney("350000", report.byGoal().get("G2").planned());
		assertMoney("100000", report.byGoal().get("G3").planned());
		assertMoney("350000", report.notAttributed().planned());
	}

	@Test
	void sectorsObjectivesAndOutputsHaveTheirTotals() {
		Map<String, PlannedAndSpent> byElement = report(LinkageWeights.DEFAULTS, Period.parse("2022")).byElement();
		assertMoney("1000000", byElement.get("S").planned());
		assertMoney("500000", byElement.get("O1").planned());
		assertMoney("150000", byElement.get("O2").planned());
		assertMoney("90000", byElement.get("O2-a").planned());
		assertMoney("50000", byElement.get("O3").planned());
	}

	@Test
	void spentIsSetAgainstPlannedAndAnAmountWithoutRateIsReportedNotGuessed() {
		Report report = report(LinkageWeights.DEFAULTS, Period.parse("2022"));
		PlannedAndSpent o1 = report.byElement().get("O1");
		assertMoney("250000", o1.spent());
		assertMoney("250000", o1.remaining());
		assertEquals(0.5, o1.spentShare().getAsDouble(), 1e-12);
		assertMoney("100000", report.byGoal().get("G1").spent());
		assertMoney("50000", report.byGoal().get("G3").spent());
		assertMoney("250000", report.byElement().get("S").spent());
		assertMoney("0", report.byElement().get("O2-a").spent());
		List<MissingRate> missing = report.missingRates();
		assertEquals(1, missing.size());
		assertEquals("O2-a: 50000 EUR for 2022 has no declared rate to CHF", missing.get(0).describe());
	}

	@Test
	void aSecondaryWeightOfZeroCarriesThroughPrimaryLinksOnly() {
		Report report = report(new LinkageWeights(2, 0), Period.parse("2022"));
		assertMoney("250000", report.byGoal().get("G1").planned());
		assertMoney("400000", report.byGoal().get("G2").planned());
		assertMoney("0", report.byGoal().getOrDefault("G3", PlannedAndSpent.NONE).planned());
	}

	@Test
	void aWindowCountsOnlyAllocationsWhollyWithinIt() {
		assertMoney("1000000", report(LinkageWeights.DEFAULTS, Period.parse("2022")).byElement().get("S").planned());
		assertMoney("400000",
				report(LinkageWeights.DEFAULTS, Period.parse("2020-2021")).byElement().get("S").planned());
		assertTrue(report(LinkageWeights.DEFAULTS, Period.parse("2021")).byElement().isEmpty());
		assertMoney("1400000", report(LinkageWeights.DEFAULTS, null).byElement().get("S").planned());
	}

	@Test
	void sharesAreRoundedToCents() {
		ResourcesByGoal threeWays = new ResourcesByGoal(new BudgetTree(Map.of()),
				List.of(new ObjectiveLinks("O", List.of("A", "B", "C"), List.of())), RATES, LinkageWeights.DEFAULTS);
		Report report = threeWays.report(List.of(Allocation.of("O", "100", "CHF", "2022")), List.of(), null);
		assertEquals(new BigDecimal("33.33"), report.byGoal().get("A").planned());
		assertMoney("0", report.notAttributed().planned());
	}

	@Test
	void childrenAllocatedMoreThanTheirParentAreFound() {
		BudgetTree tree = new BudgetTree(Map.of("O1", "S", "O2", "S", "O1-a", "O1", "O1-b", "O1"));
		List<Allocation> planned = List.of(
				Allocation.of("S", "100000", "CHF", "2020-2021"),
				Allocation.of("O1", "80000", "CHF", "2021"),
				Allocation.of("O2", "25000", "USD", "2020"),
				Allocation.of("O2", "90000", "CHF", "2022"),
				Allocation.of("O1", "50000", "CHF", "2022"),
				Allocation.of("O1-a", "30000", "CHF", "2022"),
				Allocation.of("O1-b", "10000", "USD", "2022"));
		List<Overrun> overruns = new AllocationCheck(tree, RATES).overruns(planned);
		assertEquals(1, overruns.size(), overruns::toString);
		Overrun sector = overruns.get(0);
		assertEquals("S", sector.parent());
		assertEquals(Period.parse("2020-2021"), sector.period());
		assertMoney("102500", sector.childrenAmount());
		assertEquals("the allocations to the parts of S within 2020-2021 come to 102500 CHF, more than its"
				+ " 100000 CHF", sector.describe());
		List<Allocation> more = new java.util.ArrayList<>(planned);
		more.add(Allocation.of("O1-b", "20000", "CHF", "2022-Q4"));
		List<Overrun> withMore = new AllocationCheck(tree, RATES).overruns(more);
		assertEquals(2, withMore.size(), withMore::toString);
		assertEquals("O1", withMore.get(1).parent());
		assertMoney("59000", withMore.get(1).childrenAmount());
	}
}
