package org.itup.analysis.monitoring;

import java.util.List;

/** The goals an objective contributes to, directly (primary) and indirectly (secondary), by code. */
public record ObjectiveLinks(String objective, List<String> primaryGoals, List<String> secondaryGoals) {

	public ObjectiveLinks {
		primaryGoals = List.copyOf(primaryGoals);
		secondaryGoals = List.copyOf(secondaryGoals);
	}
}
