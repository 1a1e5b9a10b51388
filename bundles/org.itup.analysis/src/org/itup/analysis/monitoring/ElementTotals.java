package org.itup.analysis.monitoring;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The money of each element in the reporting currency, over the allocations that lie within a window: the element's
 * own allocations when it has any (its children's are then a breakdown of them, checked by
 * {@link AllocationCheck}), otherwise the sum of its children's totals. Amounts without a declared rate are left out
 * (the caller reports them).
 */
final class ElementTotals {

	private final BudgetTree tree;
	private final Map<String, BigDecimal> own = new HashMap<>();
	private final Map<String, BigDecimal> totals = new HashMap<>();

	ElementTotals(BudgetTree tree, Collection<Allocation> allocations, CurrencyRates rates, Period window) {
		this.tree = tree;
		for (Allocation allocation : allocations) {
			if (window == null || window.contains(allocation.period())) {
				rates.convert(allocation.money())
						.ifPresent(amount -> own.merge(allocation.element(), amount, BigDecimal::add));
			}
		}
	}

	/** The element's total, empty when neither it nor any descendant has money in the window. */
	Optional<BigDecimal> of(String element) {
		if (own.containsKey(element)) {
			return Optional.of(own.get(element));
		}
		if (!totals.containsKey(element)) {
			totals.put(element, null); // a cycle in a damaged tree then ends here instead of recursing forever
			totals.put(element, tree.children(element).stream().map(this::of).flatMap(Optional::stream)
					.reduce(BigDecimal::add).orElse(null));
		}
		return Optional.ofNullable(totals.get(element));
	}

	Collection<String> elementsWithOwnMoney() {
		return own.keySet();
	}
}
