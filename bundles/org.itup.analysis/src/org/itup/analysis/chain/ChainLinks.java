package org.itup.analysis.chain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import org.itup.analysis.LinkageKind;
import org.itup.analysis.LinkageMatrix;
import org.itup.analysis.StrategicPlan;
import org.itup.model.Enabler;
import org.itup.model.Goal;
import org.itup.model.Objective;

/**
 * Collects the links of a plan's results chain in plan order. Objective-to-goal links come from the linkage matrix,
 * so a goal named both primary and secondary counts once, as primary, everywhere.
 */
final class ChainLinks {

	private ChainLinks() {
	}

	static List<ChainLink> of(StrategicPlan plan) {
		List<ChainLink> links = new ArrayList<>();
		for (Goal goal : plan.goals()) {
			goal.getTargets().forEach(target -> links.add(new ChainLink(target, goal, ChainLinkKind.TARGET)));
		}
		LinkageMatrix matrix = LinkageMatrix.of(plan);
		for (Objective objective : matrix.objectives()) {
			for (Goal goal : matrix.linkedGoals(objective)) {
				LinkageKind linkage = matrix.linkage(objective, goal);
				links.add(new ChainLink(objective, goal, ChainLinkKind.valueOf(linkage.name())));
			}
			objective.getOutcomes().forEach(outcome -> links.add(new ChainLink(outcome, objective, ChainLinkKind.OUTCOME)));
			objective.getOutputs().forEach(output -> links.add(new ChainLink(output, objective, ChainLinkKind.OUTPUT)));
		}
		for (Enabler enabler : plan.enablers()) {
			supported(plan, enabler).forEach(objective -> links.add(new ChainLink(enabler, objective, ChainLinkKind.ENABLER)));
		}
		return links;
	}

	/** The objectives an enabler supports: all of the plan's when it says so, else those it names (once each). */
	private static List<Objective> supported(StrategicPlan plan, Enabler enabler) {
		if (enabler.isSupportsAll()) {
			return plan.objectives();
		}
		return new ArrayList<>(new LinkedHashSet<>(enabler.getSupportedObjectives().stream()
				.filter(objective -> !objective.eIsProxy()).toList()));
	}
}
