package org.itup.analysis.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The linkage matrix of both plans in one (Table 3 cell by cell): a row per objective of the new plan, then per
 * objective removed; a column per goal of the new plan, then per goal removed. An old cell is the old objective's link
 * to the old goals that became the column's goal, so a goal split in two carries its old links into both.
 */
public final class LinkageComparison {

	/** A goal column; {@code removed} when only the old plan has it. */
	public record Column(String goal, String title, boolean removed) {
	}

	/**
	 * An objective row: {@code oldLinks} is null for an added objective, {@code newLinks} null for a removed one;
	 * otherwise one link per column.
	 */
	public record Row(String objective, String title, List<Link> oldLinks, List<Link> newLinks) {

		public boolean added() {
			return oldLinks == null;
		}

		public boolean removed() {
			return newLinks == null;
		}

		/** The cell changed: both plans have the objective and link it differently. */
		public boolean changed(int column) {
			return oldLinks != null && newLinks != null && oldLinks.get(column) != newLinks.get(column);
		}
	}

	/** One changed cell, for lists. */
	public record CellChange(String objective, String goal, Link oldLink, Link newLink) {
	}

	private final List<Column> columns = new ArrayList<>();
	private final List<Row> rows = new ArrayList<>();

	LinkageComparison(PlanMatching matching) {
		List<PlanItem> oldGoals = matching.oldPlan().items(ElementKind.GOAL);
		matching.newPlan().items(ElementKind.GOAL)
				.forEach(goal -> columns.add(new Column(goal.code(), goal.title(), false)));
		oldGoals.stream().filter(goal -> matching.newCodes(ElementKind.GOAL, goal.code()).isEmpty())
				.forEach(goal -> columns.add(new Column(goal.code(), goal.title(), true)));
		for (PlanItem objective : matching.newPlan().items(ElementKind.OBJECTIVE)) {
			PlanItem old = matching.pairedOld(objective);
			rows.add(new Row(objective.code(), objective.title(), old == null ? null : oldLinks(old, matching),
					newLinks(objective)));
		}
		matching.removed().stream().filter(item -> item.kind() == ElementKind.OBJECTIVE)
				.forEach(old -> rows.add(new Row(old.code(), old.title(), oldLinks(old, matching), null)));
	}

	public List<Column> columns() {
		return columns;
	}

	public List<Row> rows() {
		return rows;
	}

	/** The cells of objectives in both plans that changed, row by row. */
	public List<CellChange> changes() {
		List<CellChange> changes = new ArrayList<>();
		for (Row row : rows) {
			for (int column = 0; column < columns.size(); column++) {
				if (row.changed(column)) {
					changes.add(new CellChange(row.objective(), columns.get(column).goal(), row.oldLinks().get(column),
							row.newLinks().get(column)));
				}
			}
		}
		return changes;
	}

	private List<Link> oldLinks(PlanItem old, PlanMatching matching) {
		return columns.stream().map(column -> column.removed() ? Link.of(old, Set.of(column.goal()))
				: Link.of(old, oldGoalsBecoming(column.goal(), matching))).toList();
	}

	private List<Link> newLinks(PlanItem objective) {
		return columns.stream().map(column -> column.removed() ? Link.NONE : Link.of(objective, Set.of(column.goal())))
				.toList();
	}

	private static Set<String> oldGoalsBecoming(String newGoal, PlanMatching matching) {
		Set<String> olds = new java.util.HashSet<>();
		for (PlanItem goal : matching.oldPlan().items(ElementKind.GOAL)) {
			if (matching.newCodes(ElementKind.GOAL, goal.code()).contains(newGoal)) {
				olds.add(goal.code());
			}
		}
		return olds;
	}
}
