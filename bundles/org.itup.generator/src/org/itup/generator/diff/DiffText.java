package org.itup.generator.diff;

import java.util.List;

import org.itup.analysis.diff.ChangeType;
import org.itup.analysis.diff.DiffCounts;
import org.itup.analysis.diff.ElementChange;
import org.itup.analysis.diff.ElementKind;
import org.itup.analysis.diff.LinkageComparison.CellChange;
import org.itup.analysis.diff.PlanDiff;
import org.itup.generator.check.TerminalText;

/**
 * The comparison for a terminal: the plans, the counts per kind, then every change kind by kind with its fields,
 * then the changed cells of the linkage matrix. Plan text is printed with control characters escaped, as the check
 * report does, so no statement can rewrite the terminal.
 */
final class DiffText {

	private final StringBuilder out = new StringBuilder();
	private final DiffVocabulary words;

	private DiffText(DiffVocabulary words) {
		this.words = words;
	}

	static String render(PlanDiff diff, DiffVocabulary words) {
		DiffText text = new DiffText(words);
		text.write(diff);
		return text.out.toString();
	}

	private void write(PlanDiff diff) {
		line("old: " + DiffWords.plan(diff.oldPlan()));
		line("new: " + DiffWords.plan(diff.newPlan()));
		line("");
		if (diff.isEmpty()) {
			line("No changes.");
			return;
		}
		line("Summary");
		for (ElementKind kind : ElementKind.values()) {
			DiffCounts counts = diff.counts(kind);
			if (counts.total() > 0) {
				line(String.format("  %-12s%s", words.many(kind) + ":", DiffWords.counts(counts)));
			}
		}
		List<CellChange> cells = diff.linkage().changes();
		if (!cells.isEmpty()) {
			line(String.format("  %-12s%s", "linkage:", DiffWords.cells(cells.size())));
		}
		for (ElementKind kind : ElementKind.values()) {
			kind(kind, diff.changes(kind));
		}
		if (!cells.isEmpty()) {
			line("");
			line(words.linkage());
			cells.forEach(cell -> line("  " + cell.objective() + " x goal " + cell.goal() + ": "
					+ cell.oldLink().label() + " -> " + cell.newLink().label()));
		}
	}

	private void kind(ElementKind kind, List<ElementChange> changes) {
		if (changes.isEmpty()) {
			return;
		}
		line("");
		line(words.manyTitle(kind));
		for (ElementChange change : changes) {
			line("  " + DiffWords.what(change) + " " + subject(change) + matched(change));
			change.fields().forEach(field -> line("      " + DiffWords.field(field, words)));
		}
	}

	private static String subject(ElementChange change) {
		if (change.type() == ChangeType.SPLIT || change.type() == ChangeType.MERGED) {
			return DiffWords.labels(change.olds()) + " -> " + DiffWords.labels(change.news());
		}
		return (change.news().isEmpty() ? change.olds() : change.news()).get(0).label();
	}

	private static String matched(ElementChange change) {
		String match = DiffWords.match(change);
		return match == null ? "" : " [" + match + "]";
	}

	private void line(String text) {
		out.append(TerminalText.of(text)).append('\n');
	}
}
