package org.itup.generator.svg;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.itup.analysis.chain.ChainLink;
import org.itup.analysis.chain.ChainLinkKind;
import org.itup.analysis.chain.ResultsChain;
import org.itup.model.Enabler;
import org.itup.model.Goal;
import org.itup.model.PlanElement;
import org.itup.model.Sector;

/**
 * The diagrams drawn for a plan: the whole results chain, then one per goal (the goal and everything that contributes
 * to it) and one per sector (its objectives, their outcomes, outputs and enablers, and the goals they serve).
 */
public final class DiagramScopes {

	private DiagramScopes() {
	}

	public static List<DiagramScope> of(ResultsChain chain) {
		List<DiagramScope> scopes = new ArrayList<>();
		scopes.add(scope(chain, "overall", "Results chain of the whole plan", new LinkedHashSet<>(chain.elements())));
		for (Goal goal : chain.plan().goals()) {
			Set<PlanElement> members = new LinkedHashSet<>(chain.contributorsTo(goal));
			members.add(goal);
			scopes.add(scope(chain, "goal-" + ElementText.fileName(goal.getName()),
					"Results chain of goal " + goal.getName(), members));
		}
		for (Sector sector : chain.plan().sectors()) {
			scopes.add(scope(chain, "sector-" + ElementText.fileName(sector.getName()),
					"Results chain of " + sector.getName(), sectorMembers(chain, sector)));
		}
		return scopes;
	}

	private static Set<PlanElement> sectorMembers(ResultsChain chain, Sector sector) {
		Set<PlanElement> members = new LinkedHashSet<>();
		sector.getObjectives().forEach(objective -> {
			members.add(objective);
			members.addAll(chain.contributorsTo(objective));
			members.addAll(chain.resultsOf(objective));
		});
		members.addAll(sector.getEnablers());
		return members;
	}

	private static DiagramScope scope(ResultsChain chain, String id, String title, Set<PlanElement> members) {
		List<PlanElement> elements = chain.elements().stream().filter(members::contains).toList();
		List<ChainLink> links = chain.links().stream()
				.filter(link -> members.contains(link.contributor()) && members.contains(link.result()))
				.filter(link -> !drawnWithoutLinks(link))
				.toList();
		return new DiagramScope(id, title, elements, links);
	}

	/**
	 * An enabler that supports every objective would draw a line to each of them and bury the chain; it is marked on
	 * its node instead (the legend says how).
	 */
	public static boolean drawnWithoutLinks(ChainLink link) {
		return link.kind() == ChainLinkKind.ENABLER && link.contributor() instanceof Enabler enabler
				&& enabler.isSupportsAll();
	}
}
