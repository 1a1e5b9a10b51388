package org.itup.generator.diff;

import java.util.List;

import org.itup.analysis.diff.ChangeType;
import org.itup.analysis.diff.DiffCounts;
import org.itup.analysis.diff.ElementChange;
import org.itup.analysis.diff.ElementKind;
import org.itup.analysis.diff.FieldChange;
import org.itup.analysis.diff.LinkageComparison.CellChange;
import org.itup.analysis.diff.PlanDiff;
import org.itup.analysis.diff.PlanItem;
import org.itup.analysis.text.MarkdownText;

/**
 * The comparison for reviewers' documents: a table of counts per kind, then a section per kind listing each change
 * with its fields, then the changed cells of the linkage matrix as a table. Plan text is escaped as in the Markdown
 * export ({@link MarkdownText}), so it shows as written and never as markup.
 */
final class DiffMarkdown {

	private final StringBuilder out = new StringBuilder();
	private final DiffVocabulary words;

	private DiffMarkdown(DiffVocabulary words) {
		this.words = words;
	}

	static String render(PlanDiff diff, DiffVocabulary words) {
		DiffMarkdown markdown = new DiffMarkdown(words);
		markdown.write(diff);
		return markdown.out.toString();
	}

	private void write(PlanDiff diff) {
		line("# What changed: " + MarkdownText.phrase(diff.oldPlan().name()) + " to "
				+ MarkdownText.phrase(diff.newPlan().name()));
		line("");
		line("- Old: " + MarkdownText.phrase(DiffWords.plan(diff.oldPlan())));
		line("- New: " + MarkdownText.phrase(DiffWords.plan(diff.newPlan())));
		line("");
		if (diff.isEmpty()) {
			line("No changes.");
			return;
		}
		summary(diff);
		for (ElementKind kind : ElementKind.values()) {
			kind(kind, diff.changes(kind));
		}
		linkage(diff.linkage().changes());
	}

	private void summary(PlanDiff diff) {
		line("## Summary");
		line("");
		line("| Elements | Added | Removed | Renumbered | Moved | Changed | Split | Merged |");
		line("|---|---|---|---|---|---|---|---|");
		for (ElementKind kind : ElementKind.values()) {
			DiffCounts c = diff.counts(kind);
			if (c.total() > 0) {
				line("| " + MarkdownText.cell(words.many(kind)) + " | " + c.added() + " | " + c.removed() + " | " + c.renumbered() + " | "
						+ c.moved() + " | " + c.changed() + " | " + c.split() + " | " + c.merged() + " |");
			}
		}
		line("");
		int cells = diff.linkage().changes().size();
		if (cells > 0) {
			line(MarkdownText.phrase(words.linkage()) + ": " + DiffWords.cells(cells) + ".");
			line("");
		}
	}

	private void kind(ElementKind kind, List<ElementChange> changes) {
		if (changes.isEmpty()) {
			return;
		}
		line("## " + MarkdownText.phrase(words.manyTitle(kind)));
		line("");
		for (ElementChange change : changes) {
			String match = DiffWords.match(change);
			line("- **" + DiffWords.what(change) + "** " + subject(change)
					+ (match == null ? "" : " (" + MarkdownText.phrase(match) + ")"));
			for (FieldChange field : change.fields()) {
				line("  - " + MarkdownText.inline(words.field(field.field())) + ": " + MarkdownText.phrase(DiffWords.value(field.oldValue()))
						+ " → " + MarkdownText.phrase(DiffWords.value(field.newValue())));
			}
		}
		line("");
	}

	private static String subject(ElementChange change) {
		if (change.type() == ChangeType.SPLIT || change.type() == ChangeType.MERGED) {
			return labels(change.olds()) + " → " + labels(change.news());
		}
		return labels(List.of((change.news().isEmpty() ? change.olds() : change.news()).get(0)));
	}

	private static String labels(List<PlanItem> items) {
		return String.join(", ", items.stream().map(item -> MarkdownText.phrase(item.label())).toList());
	}

	private void linkage(List<CellChange> cells) {
		if (cells.isEmpty()) {
			return;
		}
		line("## " + MarkdownText.phrase(words.linkage()));
		line("");
		line("| " + MarkdownText.cell(words.objectiveTitle()) + " | Goal | Old | New |");
		line("|---|---|---|---|");
		cells.forEach(cell -> line("| " + MarkdownText.cell(cell.objective()) + " | " + MarkdownText.cell(cell.goal())
				+ " | " + cell.oldLink().label() + " | " + cell.newLink().label() + " |"));
		line("");
	}

	private void line(String text) {
		out.append(text).append('\n');
	}
}
