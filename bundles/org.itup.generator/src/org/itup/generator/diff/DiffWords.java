package org.itup.generator.diff;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.itup.analysis.diff.ChangeType;
import org.itup.analysis.diff.Confidence;
import org.itup.analysis.diff.DiffCounts;
import org.itup.analysis.diff.ElementChange;
import org.itup.analysis.diff.FieldChange;
import org.itup.analysis.diff.PlanItem;
import org.itup.analysis.diff.PlanSide;

/** The words every format of a comparison uses, so the text, Markdown and HTML say the same thing. */
final class DiffWords {

	static final String NOT_GIVEN = "(none)";

	private DiffWords() {
	}

	/** {@code itu2020 "ITU strategic plan for 2020-2023" (2020-2023)} */
	static String plan(PlanSide side) {
		StringBuilder text = new StringBuilder(side.name());
		if (side.title() != null) {
			text.append(" \"").append(side.title()).append('"');
		}
		if (side.period() != null) {
			text.append(" (").append(side.period()).append(')');
		}
		return text.toString();
	}

	/** "renumbered, moved, changed" for a changed element; the type for the others. */
	static String what(ElementChange change) {
		if (change.type() != ChangeType.CHANGED) {
			return change.type().label();
		}
		List<String> words = new java.util.ArrayList<>();
		if (change.renumbered()) {
			words.add("renumbered");
		}
		if (change.moved()) {
			words.add("moved");
		}
		if (change.valuesChanged()) {
			words.add("changed");
		}
		return String.join(", ", words);
	}

	/** Why the old and new elements are taken for the same: "same code", "similar text 0.83", "stated"; a score only for a guess. */
	static String match(ElementChange change) {
		if (change.confidence() == null) {
			return null;
		}
		String label = change.confidence().label();
		return change.confidence() == Confidence.SIMILAR_TEXT ? label + " " + score(change.score()) : label;
	}

	static String score(double score) {
		return String.format(Locale.ROOT, "%.2f", score);
	}

	static String labels(List<PlanItem> items) {
		return items.stream().map(PlanItem::label).collect(Collectors.joining(", "));
	}

	static String codes(List<PlanItem> items) {
		return items.stream().map(PlanItem::code).collect(Collectors.joining(", "));
	}

	/** A value on one line: a list of several lines is shown with " / " between them. */
	static String value(String value) {
		return value == null ? NOT_GIVEN : value.replace("\n", " / ");
	}

	static String field(FieldChange change, DiffVocabulary words) {
		return words.field(change.field()) + ": " + value(change.oldValue()) + " -> " + value(change.newValue());
	}

	/** "2 added, 1 renumbered" for the non-zero counts; empty for none. */
	static String counts(DiffCounts counts) {
		List<String> parts = new java.util.ArrayList<>();
		add(parts, counts.added(), "added");
		add(parts, counts.removed(), "removed");
		add(parts, counts.renumbered(), "renumbered");
		add(parts, counts.moved(), "moved");
		add(parts, counts.changed(), "changed");
		add(parts, counts.split(), "split");
		add(parts, counts.merged(), "merged");
		return String.join(", ", parts);
	}

	private static void add(List<String> parts, int count, String label) {
		if (count > 0) {
			parts.add(count + " " + label);
		}
	}

	static String cells(int count) {
		return count == 1 ? "1 cell changed" : count + " cells changed";
	}
}
