package org.itup.analysis.chain;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.itup.analysis.StrategicPlan;
import org.itup.model.Enabler;
import org.itup.model.Goal;
import org.itup.model.Objective;
import org.itup.model.PlanElement;
import org.itup.model.Sector;

/**
 * The results chain of one plan as data: goals with their targets, objectives linked to goals as primary or
 * secondary, outcomes and outputs under their objectives, enablers under the objectives they support. Reports,
 * diagrams and services ask it what links to what instead of walking the model themselves.
 */
public final class ResultsChain {

	private final StrategicPlan plan;
	private final List<PlanElement> elements;
	private final List<ChainLink> links;
	private final Map<PlanElement, List<ChainLink>> byContributor = new LinkedHashMap<>();
	private final Map<PlanElement, List<ChainLink>> byResult = new LinkedHashMap<>();
	/** Each element's place in {@link #elements}, so a chain is put in plan order without a pass over all of them. */
	private final Map<PlanElement, Integer> order = new HashMap<>();
	/**
	 * The chains asked for so far: every diagram of a report asks every node's chain again, and a goal's chain
	 * holds most of the plan, so working each out anew cost time quadratic in the plan's size at every diagram.
	 */
	private final Map<PlanElement, List<PlanElement>> chains = new ConcurrentHashMap<>();

	private ResultsChain(StrategicPlan plan, List<ChainLink> links) {
		this.plan = plan;
		this.links = List.copyOf(links);
		List<PlanElement> all = new ArrayList<>(plan.goals());
		all.addAll(plan.targets());
		all.addAll(plan.objectives());
		all.addAll(plan.outcomes());
		all.addAll(plan.outputs());
		all.addAll(plan.enablers());
		this.elements = List.copyOf(all);
		for (PlanElement element : elements) {
			order.putIfAbsent(element, order.size());
		}
		for (ChainLink link : links) {
			byContributor.computeIfAbsent(link.contributor(), key -> new ArrayList<>()).add(link);
			byResult.computeIfAbsent(link.result(), key -> new ArrayList<>()).add(link);
		}
	}

	public static ResultsChain of(StrategicPlan plan) {
		return new ResultsChain(plan, ChainLinks.of(plan));
	}

	public StrategicPlan plan() {
		return plan;
	}

	/** Every element of the chain: goals, targets, objectives, outcomes, outputs, enablers, each in plan order. */
	public List<PlanElement> elements() {
		return elements;
	}

	public List<ChainLink> links() {
		return links;
	}

	/** The links from an element to what it contributes to. */
	public List<ChainLink> linksFrom(PlanElement contributor) {
		return byContributor.getOrDefault(contributor, List.of());
	}

	/** The links into an element from what contributes to it. */
	public List<ChainLink> linksTo(PlanElement result) {
		return byResult.getOrDefault(result, List.of());
	}

	public List<Objective> objectivesOf(Goal goal, ChainLinkKind kind) {
		return linksTo(goal).stream().filter(link -> link.kind() == kind)
				.map(link -> (Objective) link.contributor()).toList();
	}

	public List<Enabler> enablersOf(Objective objective) {
		return linksTo(objective).stream().filter(link -> link.kind() == ChainLinkKind.ENABLER)
				.map(link -> (Enabler) link.contributor()).toList();
	}

	/** Everything an element contributes to, step by step up to the goals (the element itself excluded). */
	public Set<PlanElement> resultsOf(PlanElement element) {
		return reach(element, from -> linksFrom(from).stream().map(ChainLink::result).toList());
	}

	/** Everything that contributes to an element, down to outputs, enablers and targets (itself excluded). */
	public Set<PlanElement> contributorsTo(PlanElement element) {
		return reach(element, to -> linksTo(to).stream().map(ChainLink::contributor).toList());
	}

	/** The element's chain: itself, what it contributes to and what contributes to it, in plan order. */
	public List<PlanElement> chainOf(PlanElement element) {
		return chains.computeIfAbsent(element, this::chainInPlanOrder);
	}

	private List<PlanElement> chainInPlanOrder(PlanElement element) {
		Set<PlanElement> chain = new LinkedHashSet<>(resultsOf(element));
		chain.addAll(contributorsTo(element));
		chain.add(element);
		return chain.stream().filter(order::containsKey).sorted(Comparator.comparingInt(order::get)).toList();
	}

	/** The sector an element belongs to; goals and targets belong to the whole plan and have none. */
	public static Optional<Sector> sectorOf(PlanElement element) {
		for (EObject container = element; container != null; container = container.eContainer()) {
			if (container instanceof Sector sector) {
				return Optional.of(sector);
			}
		}
		return Optional.empty();
	}

	private static Set<PlanElement> reach(PlanElement start, Function<PlanElement, List<PlanElement>> step) {
		Set<PlanElement> reached = new LinkedHashSet<>();
		Deque<PlanElement> pending = new ArrayDeque<>(step.apply(start));
		while (!pending.isEmpty()) {
			PlanElement next = pending.removeFirst();
			if (next != start && reached.add(next)) {
				pending.addAll(step.apply(next));
			}
		}
		return reached;
	}
}
