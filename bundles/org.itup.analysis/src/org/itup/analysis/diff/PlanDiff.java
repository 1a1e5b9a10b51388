package org.itup.analysis.diff;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What changed from one plan to another in planning terms: per kind of element, what was added, removed, split,
 * merged, and what changed in the elements both plans have (code, place, values), and the linkage matrix cell by
 * cell. Only model values are compared, so formatting, comments and the order of elements are never changes.
 */
public final class PlanDiff {

	private final PlanMatching matching;
	private final List<ElementChange> changes = new ArrayList<>();
	private final LinkageComparison linkage;

	private PlanDiff(PlanMatching matching) {
		this.matching = matching;
		for (ElementKind kind : ElementKind.values()) {
			collect(kind);
		}
		this.linkage = new LinkageComparison(matching);
	}

	/** The two plans compared, with the correspondences the new plan states. */
	public static PlanDiff between(PlanSide oldPlan, PlanSide newPlan) {
		return of(PlanMatcher.match(oldPlan, newPlan));
	}

	public static PlanDiff of(PlanMatching matching) {
		return new PlanDiff(matching);
	}

	public PlanSide oldPlan() {
		return matching.oldPlan();
	}

	public PlanSide newPlan() {
		return matching.newPlan();
	}

	public PlanMatching matching() {
		return matching;
	}

	/** Every change, kind by kind: changed, split, merged, added, removed; each in plan order. */
	public List<ElementChange> changes() {
		return changes;
	}

	public List<ElementChange> changes(ElementKind kind) {
		return changes.stream().filter(change -> change.kind() == kind).toList();
	}

	public LinkageComparison linkage() {
		return linkage;
	}

	/** Nothing changed that a planner would see. */
	public boolean isEmpty() {
		return changes.isEmpty() && linkage.changes().isEmpty();
	}

	/** The counts of changes of one kind of element. */
	public DiffCounts counts(ElementKind kind) {
		return DiffCounts.of(kind, changes(kind));
	}

	private void collect(ElementKind kind) {
		for (Correspondence pair : matching.pairs()) {
			if (pair.kind() == kind) {
				List<FieldChange> fields = compare(pair.olds().get(0), pair.news().get(0));
				if (!fields.isEmpty()) {
					changes.add(new ElementChange(kind, ChangeType.CHANGED, pair.olds(), pair.news(),
							pair.confidence(), pair.score(), fields));
				}
			}
		}
		matching.splits().stream().filter(split -> split.kind() == kind).forEach(split -> changes.add(
				new ElementChange(kind, ChangeType.SPLIT, split.olds(), split.news(), split.confidence(),
						split.score(), List.of())));
		matching.merges().stream().filter(merge -> merge.kind() == kind).forEach(merge -> changes.add(
				new ElementChange(kind, ChangeType.MERGED, merge.olds(), merge.news(), merge.confidence(),
						merge.score(), List.of())));
		matching.added().stream().filter(item -> item.kind() == kind).forEach(item -> changes
				.add(new ElementChange(kind, ChangeType.ADDED, List.of(), List.of(item), null, 0, List.of())));
		matching.removed().stream().filter(item -> item.kind() == kind).forEach(item -> changes
				.add(new ElementChange(kind, ChangeType.REMOVED, List.of(item), List.of(), null, 0, List.of())));
	}

	/** Code, place, values and references (but the linkage, which the matrix shows) of one element in both plans. */
	private List<FieldChange> compare(PlanItem old, PlanItem now) {
		List<FieldChange> fields = new ArrayList<>();
		if (!old.code().equals(now.code())) {
			fields.add(new FieldChange(ElementChange.CODE, old.code(), now.code()));
		}
		ElementKind parent = old.kind().parent();
		if (parent != null && moved(parent, old.parent(), now.parent())) {
			fields.add(new FieldChange(parent.label(), old.parent(), now.parent()));
		}
		Set<String> names = new LinkedHashSet<>(old.fields().keySet());
		names.addAll(now.fields().keySet());
		for (String name : names) {
			String before = old.fields().get(name);
			String after = now.fields().get(name);
			if (!Objects.equals(before, after)) {
				fields.add(new FieldChange(name, before, after));
			}
		}
		for (Role role : Role.values()) {
			if (!role.isLinkage()) {
				compareReferences(role, old, now).ifPresent(fields::add);
			}
		}
		return fields;
	}

	private boolean moved(ElementKind parent, String oldParent, String newParent) {
		if (oldParent == null || newParent == null) {
			return !Objects.equals(oldParent, newParent);
		}
		return !matching.translate(parent, List.of(oldParent)).contains(newParent);
	}

	private java.util.Optional<FieldChange> compareReferences(Role role, PlanItem old, PlanItem now) {
		List<String> before = matching.translate(role.target(), references(old, role));
		List<String> after = references(now, role);
		if (Set.copyOf(before).equals(Set.copyOf(after))) {
			return java.util.Optional.empty();
		}
		return java.util.Optional.of(new FieldChange(role.label(), String.join(", ", before), String.join(", ", after)));
	}

	private static List<String> references(PlanItem item, Role role) {
		return item.references().getOrDefault(role, List.of());
	}
}
