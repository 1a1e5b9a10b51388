package org.itup.analysis.diff;

import java.util.List;

/**
 * One side of a comparison: a plan's name, its title and period as a reviewer reads them, and its elements in plan
 * order.
 */
public record PlanSide(String name, String title, String period, List<PlanItem> items) {

	public PlanSide {
		items = List.copyOf(items);
	}

	/** The elements of one kind, in plan order. */
	public List<PlanItem> items(ElementKind kind) {
		return items.stream().filter(item -> item.kind() == kind).toList();
	}
}
