package org.itup.analysis.monitoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds parents whose children were allocated more than the parent: for each period in which a parent has an
 * allocation, its direct children's allocations lying within that period are added up and compared, in the reporting
 * currency. Amounts without a declared rate take no part (they are reported by {@link CurrencyRates#missing}).
 */
public final class AllocationCheck {

	private final BudgetTree tree;
	private final CurrencyRates rates;

	public AllocationCheck(BudgetTree tree, CurrencyRates rates) {
		this.tree = tree;
		this.rates = rates;
	}

	public List<Overrun> overruns(Collection<Allocation> allocations) {
		Map<String, Map<Period, BigDecimal>> byElement = byElementAndPeriod(allocations);
		List<Overrun> found = new ArrayList<>();
		byElement.forEach((parent, periods) -> periods.forEach((period, amount) -> {
			BigDecimal children = tree.children(parent).stream()
					.flatMap(child -> byElement.getOrDefault(child, Map.of()).entrySet().stream())
					.filter(e -> period.contains(e.getKey())).map(Map.Entry::getValue)
					.reduce(BigDecimal.ZERO, BigDecimal::add);
			if (children.compareTo(amount) > 0) {
				found.add(new Overrun(parent, period, amount, children, rates.reportingCurrency()));
			}
		}));
		return found;
	}

	private Map<String, Map<Period, BigDecimal>> byElementAndPeriod(Collection<Allocation> allocations) {
		Map<String, Map<Period, BigDecimal>> sums = new LinkedHashMap<>();
		for (Allocation allocation : allocations) {
			rates.convert(allocation.money()).ifPresent(amount -> sums
					.computeIfAbsent(allocation.element(), e -> new LinkedHashMap<>())
					.merge(allocation.period(), amount, BigDecimal::add));
		}
		return sums;
	}
}
