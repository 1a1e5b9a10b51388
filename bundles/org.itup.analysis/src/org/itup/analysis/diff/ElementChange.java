package org.itup.analysis.diff;

import java.util.List;
import java.util.Optional;

/**
 * One reported change of one element (or, for a split or merge, of the elements involved).
 *
 * @param olds the old plan's elements: none when added
 * @param news the new plan's elements: none when removed
 * @param confidence why the old and new elements are taken for the same; null when added or removed
 * @param score how alike their texts read, 1 when stated or of the same code
 * @param fields for a changed element: its code (renumbered), the element it sits in (moved) and its values, in that
 *            order; empty otherwise
 */
public record ElementChange(ElementKind kind, ChangeType type, List<PlanItem> olds, List<PlanItem> news,
		Confidence confidence, double score, List<FieldChange> fields) {

	/** The field of a renumbered element's code. */
	public static final String CODE = "code";

	public ElementChange {
		olds = List.copyOf(olds);
		news = List.copyOf(news);
		fields = List.copyOf(fields);
	}

	/** The code changed and it is still the same element. */
	public boolean renumbered() {
		return field(CODE).isPresent();
	}

	/** It sits in another goal, sector or objective (named by the new plan's codes). */
	public boolean moved() {
		return kind.parent() != null && field(kind.parent().label()).isPresent();
	}

	/** A value changed, beyond the code and the place. */
	public boolean valuesChanged() {
		return fields.stream().anyMatch(change -> !change.field().equals(CODE)
				&& (kind.parent() == null || !change.field().equals(kind.parent().label())));
	}

	public Optional<FieldChange> field(String name) {
		return fields.stream().filter(change -> change.field().equals(name)).findFirst();
	}

	/** The code as the new plan has it, or the old plan's for a removed element. */
	public String code() {
		return news.isEmpty() ? olds.get(0).code() : news.get(0).code();
	}
}
