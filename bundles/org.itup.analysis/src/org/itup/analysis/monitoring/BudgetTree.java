package org.itup.analysis.monitoring;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which plan element's money is part of which: an output's of its objective's, an objective's of its sector's.
 *
 * @param parents each element's parent by code; elements without a parent are the roots
 */
public record BudgetTree(Map<String, String> parents) {

	public BudgetTree {
		parents = Map.copyOf(parents);
	}

	/** The direct children of {@code element}, in code order so totals do not depend on map order. */
	public List<String> children(String element) {
		return parents.entrySet().stream().filter(e -> e.getValue().equals(element)).map(Map.Entry::getKey).sorted()
				.toList();
	}

	/** Every element the tree knows, plus {@code others} (elements with money but no place in the tree). */
	Set<String> elements(Iterable<String> others) {
		Set<String> all = new LinkedHashSet<>(parents.keySet());
		all.addAll(parents.values());
		others.forEach(all::add);
		return all;
	}

	boolean root(String element) {
		return !parents.containsKey(element);
	}
}
