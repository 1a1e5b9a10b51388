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
import org.itup.model.Objective;
import org.itup.model.PlanElement;
import org.itup.model.Sector;

/**
 * The diagrams drawn for a plan: the whole plan at the strategic level, then one per goal (the goal and everything that contributes
 * to it) and one per sector (its objectives, their outcomes, outputs and enablers, and the goals they serve).
 */
public final class DiagramScopes {

	private DiagramScopes() {
	}

	public static List<DiagramScope> of(ResultsChain chain) {
		List<DiagramScope> scopes = new ArrayList<>();
		scopes.add(scope(chain, "overall", "Results chain of the whole plan", overallMembers(chain)));
		for (Goal goal : chain.plan().goals()) {
			scopes.add(scope(chain, "goal-" + ElementText.fileName(goal.getName()),
					"Results chain of goal " + goal.getName(), goalMembers(chain, goal)));
		}
		for (Sector sector : chain.plan().sectors()) {
			scopes.add(scope(chain, "sector-" + ElementText.fileName(sector.getName()),
					"Results chain of " + sector.getName(), sectorMembers(chain, sector)));
		}
		return scopes;
	}

	/**
	 * The plan at the strategic level, as in the overall diagram, and some more elements of it (the outcomes and
	 * outputs a comparison of two plans found changed).
	 */
	public static DiagramScope strategicWith(ResultsChain chain, Set<PlanElement> more, String id, String title) {
		Set<PlanElement> members = overallMembers(chain);
		members.addAll(more);
		return scope(chain, id, title, members);
	}

	/**
	 * The plan at the strategic level: goals, targets, objectives and enablers. The many outcomes and outputs would
	 * make it a tall wall of boxes; they are drawn in the diagrams of goals and sectors.
	 */
	private static Set<PlanElement> overallMembers(ResultsChain chain) {
		Set<PlanElement> members = new LinkedHashSet<>(chain.plan().goals());
		members.addAll(chain.plan().targets());
		members.addAll(chain.plan().objectives());
		members.addAll(chain.plan().enablers());
		return members;
	}

	/**
	 * A goal, its targets and the objectives linked to it; the outcomes, outputs and enablers of the objectives
	 * that serve it directly (those of secondary objectives are in their sector's diagram).
	 */
	private static Set<PlanElement> goalMembers(ResultsChain chain, Goal goal) {
		Set<PlanElement> members = new LinkedHashSet<>(List.of(goal));
		members.addAll(goal.getTargets());
		for (Objective objective : chain.objectivesOf(goal, ChainLinkKind.PRIMARY)) {
			members.add(objective);
			members.addAll(objective.getOutcomes());
			members.addAll(objective.getOutputs());
			members.addAll(namedEnablers(chain, objective));
		}
		members.addAll(chain.objectivesOf(goal, ChainLinkKind.SECONDARY));
		return members;
	}

	/** A sector's objectives with their outcomes, outputs, enablers and the goals they serve; its own enablers. */
	private static Set<PlanElement> sectorMembers(ResultsChain chain, Sector sector) {
		Set<PlanElement> members = new LinkedHashSet<>();
		for (Objective objective : sector.getObjectives()) {
			members.add(objective);
			members.addAll(objective.getOutcomes());
			members.addAll(objective.getOutputs());
			members.addAll(namedEnablers(chain, objective));
			members.addAll(chain.resultsOf(objective));
		}
		members.addAll(sector.getEnablers());
		return members;
	}

	/** Enablers that name the objective; those supporting every objective are shown in the overall diagram. */
	private static List<Enabler> namedEnablers(ResultsChain chain, Objective objective) {
		return chain.enablersOf(objective).stream().filter(enabler -> !enabler.isSupportsAll()).toList();
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
