package org.itup.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.itup.model.Goal;
import org.itup.model.Objective;

/**
 * The linkage of objectives (rows) with strategic goals (columns), as in the plan's linkage table. A goal an
 * objective names as both primary and secondary counts as primary.
 */
public final class LinkageMatrix {

	private final List<Objective> objectives;
	private final List<Goal> goals;
	/** Each goal's column, so an objective's own goal lists can be put in plan order. */
	private final Map<Goal, Integer> columns = new HashMap<>();

	private LinkageMatrix(List<Objective> objectives, List<Goal> goals) {
		this.objectives = objectives;
		this.goals = goals;
		for (int i = 0; i < goals.size(); i++) {
			columns.putIfAbsent(goals.get(i), i);
		}
	}

	public static LinkageMatrix of(StrategicPlan plan) {
		return new LinkageMatrix(plan.objectives(), plan.goals());
	}

	public List<Objective> objectives() {
		return objectives;
	}

	public List<Goal> goals() {
		return goals;
	}

	public LinkageKind linkage(Objective objective, Goal goal) {
		if (objective.getPrimaryGoals().contains(goal)) {
			return LinkageKind.PRIMARY;
		}
		return objective.getSecondaryGoals().contains(goal) ? LinkageKind.SECONDARY : LinkageKind.NONE;
	}

	/**
	 * The goals of this plan an objective is linked to, in plan order. Read from the objective's own goal lists, so a
	 * plan with thousands of goals is not tried goal by goal for every objective.
	 */
	public List<Goal> linkedGoals(Objective objective) {
		LinkedHashSet<Goal> linked = new LinkedHashSet<>(objective.getPrimaryGoals());
		linked.addAll(objective.getSecondaryGoals());
		List<Goal> inPlan = new ArrayList<>(linked.stream().filter(columns::containsKey).toList());
		inPlan.sort(Comparator.comparing(columns::get));
		return inPlan;
	}

	/** Goals whose column has no primary link (whether or not some objective names them as secondary). */
	public List<Goal> goalsWithoutPrimaryObjective() {
		Set<Goal> primary = goalsLinkedAs(LinkageKind.PRIMARY);
		return goals.stream().filter(goal -> !primary.contains(goal)).toList();
	}

	/** Goals whose column has secondary links only: no primary link, but at least one secondary. */
	public List<Goal> goalsOnSecondaryLinksOnly() {
		Set<Goal> secondary = goalsLinkedAs(LinkageKind.SECONDARY);
		return goalsWithoutPrimaryObjective().stream().filter(secondary::contains).toList();
	}

	private Set<Goal> goalsLinkedAs(LinkageKind kind) {
		Set<Goal> linked = new HashSet<>();
		for (Objective objective : objectives) {
			linkedGoals(objective).stream().filter(goal -> linkage(objective, goal) == kind).forEach(linked::add);
		}
		return linked;
	}

	public long count(LinkageKind kind) {
		if (kind == LinkageKind.NONE) {
			return (long) objectives.size() * goals.size() - count(LinkageKind.PRIMARY) - count(LinkageKind.SECONDARY);
		}
		return objectives.stream()
				.mapToLong(objective -> linkedGoals(objective).stream()
						.filter(goal -> linkage(objective, goal) == kind).count())
				.sum();
	}
}
