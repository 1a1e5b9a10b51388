package org.itup.analysis.monitoring;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Planned and spent money by sector, objective, output and goal (results-based budgeting). Each objective's total
 * ({@link ElementTotals}) is shared among its goals by the {@link LinkageWeights}; money on sectors beyond what their
 * objectives hold, and money of objectives linked to no goal, is "not attributed" to any goal rather than spread by
 * guess. Goal shares are rounded to cents.
 */
public final class ResourcesByGoal {

	/**
	 * What the computation found.
	 *
	 * @param byElement    planned and spent per sector, objective and output with any money, by code
	 * @param byGoal       planned and spent per goal, by code
	 * @param notAttributed money that reaches no goal
	 * @param missingRates amounts left out because their currency has no declared rate
	 */
	public record Report(Map<String, PlannedAndSpent> byElement, Map<String, PlannedAndSpent> byGoal,
			PlannedAndSpent notAttributed, List<MissingRate> missingRates) {
	}

	private final BudgetTree tree;
	private final Collection<ObjectiveLinks> links;
	private final CurrencyRates rates;
	private final LinkageWeights weights;

	public ResourcesByGoal(BudgetTree tree, Collection<ObjectiveLinks> links, CurrencyRates rates,
			LinkageWeights weights) {
		this.tree = tree;
		this.links = List.copyOf(links);
		this.rates = rates;
		this.weights = weights;
	}

	/**
	 * Totals over the allocations and expenditures that lie wholly within {@code window} (all of them when it is
	 * null); a biennium's allocation counts in a window of both its years, not in one of them.
	 */
	public Report report(Collection<Allocation> planned, Collection<Allocation> spent, Period window) {
		ElementTotals plannedTotals = new ElementTotals(tree, planned, rates, window);
		ElementTotals spentTotals = new ElementTotals(tree, spent, rates, window);
		List<String> withMoney = new ArrayList<>(plannedTotals.elementsWithOwnMoney());
		withMoney.addAll(spentTotals.elementsWithOwnMoney());
		Map<String, PlannedAndSpent> byElement = new TreeMap<>();
		for (String element : tree.elements(withMoney)) {
			Optional<BigDecimal> p = plannedTotals.of(element);
			Optional<BigDecimal> s = spentTotals.of(element);
			if (p.isPresent() || s.isPresent()) {
				byElement.put(element, new PlannedAndSpent(p.orElse(BigDecimal.ZERO), s.orElse(BigDecimal.ZERO)));
			}
		}
		Map<String, BigDecimal[]> goals = shareAmongGoals(byElement);
		Map<String, PlannedAndSpent> byGoal = new TreeMap<>();
		goals.forEach((goal, sums) -> byGoal.put(goal, new PlannedAndSpent(cents(sums[0]), cents(sums[1]))));
		List<MissingRate> missing = new ArrayList<>(rates.missing(within(planned, window)));
		missing.addAll(rates.missing(within(spent, window)));
		return new Report(byElement, byGoal, notAttributed(byElement, goals), missing);
	}

	private Map<String, BigDecimal[]> shareAmongGoals(Map<String, PlannedAndSpent> byElement) {
		Map<String, BigDecimal[]> goals = new HashMap<>();
		for (ObjectiveLinks objective : links) {
			PlannedAndSpent money = byElement.getOrDefault(objective.objective(), PlannedAndSpent.NONE);
			double parts = weights.primary() * objective.primaryGoals().size()
					+ weights.secondary() * objective.secondaryGoals().size();
			if (parts == 0) {
				continue;
			}
			objective.primaryGoals().forEach(goal -> add(goals, goal, money, weights.primary() / parts));
			objective.secondaryGoals().forEach(goal -> add(goals, goal, money, weights.secondary() / parts));
		}
		return goals;
	}

	private static void add(Map<String, BigDecimal[]> goals, String goal, PlannedAndSpent money, double share) {
		BigDecimal factor = new BigDecimal(share, MathContext.DECIMAL64);
		BigDecimal[] sums = goals.computeIfAbsent(goal, g -> new BigDecimal[] { BigDecimal.ZERO, BigDecimal.ZERO });
		sums[0] = sums[0].add(money.planned().multiply(factor, MathContext.DECIMAL64));
		sums[1] = sums[1].add(money.spent().multiply(factor, MathContext.DECIMAL64));
	}

	/** The roots' money (sectors, and anything outside the tree) less what reached goals. */
	private PlannedAndSpent notAttributed(Map<String, PlannedAndSpent> byElement, Map<String, BigDecimal[]> goals) {
		BigDecimal planned = BigDecimal.ZERO;
		BigDecimal spent = BigDecimal.ZERO;
		for (Map.Entry<String, PlannedAndSpent> e : byElement.entrySet()) {
			if (tree.root(e.getKey())) {
				planned = planned.add(e.getValue().planned());
				spent = spent.add(e.getValue().spent());
			}
		}
		for (BigDecimal[] sums : goals.values()) {
			planned = planned.subtract(sums[0]);
			spent = spent.subtract(sums[1]);
		}
		return new PlannedAndSpent(cents(planned), cents(spent));
	}

	private static List<Allocation> within(Collection<Allocation> allocations, Period window) {
		return allocations.stream().filter(a -> window == null || window.contains(a.period())).toList();
	}

	private static BigDecimal cents(BigDecimal amount) {
		return amount.setScale(2, RoundingMode.HALF_EVEN);
	}
}
