package org.itup.generator.html;

import java.util.List;

import org.itup.analysis.StrategicPlan;
import org.itup.analysis.diff.ChangeType;
import org.itup.analysis.diff.Confidence;
import org.itup.analysis.diff.DiffCounts;
import org.itup.analysis.diff.ElementChange;
import org.itup.analysis.diff.ElementKind;
import org.itup.analysis.diff.FieldChange;
import org.itup.analysis.diff.Link;
import org.itup.analysis.diff.LinkageComparison;
import org.itup.analysis.diff.PlanDiff;
import org.itup.analysis.diff.PlanItem;
import org.itup.analysis.diff.PlanSide;
import org.itup.generator.MarkupBuilder;
import org.itup.generator.diff.DiffVocabulary;

/**
 * The comparison of two plans as a page in the report's style and under the report's Content-Security-Policy (its
 * style inlined and allowed by hash, no script, nothing loaded from anywhere): the counts per kind, the linkage
 * matrix with changed cells marked old -> new, the targets side by side with changed figures emphasised, then every
 * change kind by kind. What changed is said in words and marked by shape (struck-through old value, bold new value,
 * a double outline), never by colour alone.
 */
public final class DiffPage {

	private static final String STYLE = PageShell.style(DiffPage.class, "diff.css");

	private DiffPage() {
	}

	/** The page; the new plan is the one the comparison's new side was read from, whose chain the page draws. */
	public static String render(PlanDiff diff, StrategicPlan newPlan) {
		DiffAnchors anchors = new DiffAnchors(diff);
		DiffVocabulary words = DiffVocabulary.of(newPlan);
		String title = "What changed: " + diff.oldPlan().name() + " to " + diff.newPlan().name();
		MarkupBuilder html = new MarkupBuilder();
		PageShell.open(html, title, STYLE);
		html.open("main", "id", "main").raw("\n").element("h1", title);
		html.open("dl", "class", "facts");
		side(html, "Old plan", diff.oldPlan());
		side(html, "New plan", diff.newPlan());
		html.close("dl");
		summary(html, diff, words);
		linkage(html, diff.linkage(), words);
		targets(html, diff);
		chain(html, diff, newPlan, anchors, words);
		for (ElementKind kind : ElementKind.values()) {
			kind(html, kind, diff.changes(kind), anchors, words);
		}
		html.close("main").close("body").close("html");
		return html.toString();
	}

	private static void side(MarkupBuilder html, String label, PlanSide side) {
		html.element("dt", label).element("dd", side.name() + (side.title() == null ? "" : " \u2013 " + side.title())
				+ (side.period() == null ? "" : " (" + side.period() + ")"));
	}

	private static void summary(MarkupBuilder html, PlanDiff diff, DiffVocabulary words) {
		html.open("section", "id", "summary", "aria-labelledby", "summary-heading").element("h2", "Summary", "id",
				"summary-heading");
		if (diff.isEmpty()) {
			html.element("p", "No changes.").close("section");
			return;
		}
		html.open("table").element("caption", "Changes by kind of element").open("thead").open("tr");
		for (String heading : List.of("Elements", "Added", "Removed", "Renumbered", "Moved", "Changed", "Split",
				"Merged")) {
			html.element("th", heading, "scope", "col");
		}
		html.close("tr").close("thead").open("tbody");
		for (ElementKind kind : ElementKind.values()) {
			DiffCounts c = diff.counts(kind);
			html.open("tr").element("th", words.many(kind), "scope", "row");
			for (int count : new int[] { c.added(), c.removed(), c.renumbered(), c.moved(), c.changed(), c.split(),
					c.merged() }) {
				html.element("td", Integer.toString(count));
			}
			html.close("tr");
		}
		html.close("tbody").close("table");
		html.element("p", words.linkage() + ": " + diff.linkage().changes().size() + " cells changed.");
		html.close("section");
	}

	private static void linkage(MarkupBuilder html, LinkageComparison linkage, DiffVocabulary words) {
		html.open("section", "id", "linkage", "aria-labelledby", "linkage-heading").element("h2",
				"Linkage matrix", "id", "linkage-heading");
		html.open("div", "class", "table-scroll", "role", "region", "aria-label", "Linkage matrix", "tabindex", "0");
		html.open("table", "class", "matrix").element("caption",
				words.manyTitle(ElementKind.OBJECTIVE) + " and goals: a changed cell shows the old link struck through,"
						+ " then the new one");
		html.open("thead").open("tr").element("th", words.objectiveTitle(), "scope", "col");
		for (LinkageComparison.Column column : linkage.columns()) {
			html.element("th", "Goal " + column.goal() + (column.removed() ? " (removed)" : ""), "scope", "col");
		}
		html.close("tr").close("thead").open("tbody");
		for (LinkageComparison.Row row : linkage.rows()) {
			String status = row.added() ? "added" : row.removed() ? "removed" : "";
			html.open("tr", "class", status).open("th", "scope", "row");
			html.text(row.objective() + (status.isEmpty() ? "" : " (" + status + ")")).close("th");
			for (int column = 0; column < linkage.columns().size(); column++) {
				cell(html, row, column);
			}
			html.close("tr");
		}
		html.close("tbody").close("table").close("div");
		html.close("section");
	}

	private static void cell(MarkupBuilder html, LinkageComparison.Row row, int column) {
		if (row.changed(column)) {
			html.open("td", "class", "changed");
			html.element("span", row.oldLinks().get(column).label(), "class", "was").text(" \u2192 ");
			html.element("span", row.newLinks().get(column).label(), "class", "now").close("td");
			return;
		}
		Link link = row.removed() ? row.oldLinks().get(column) : row.newLinks().get(column);
		html.element("td", link == Link.NONE ? "" : link.label());
	}

	private static void targets(MarkupBuilder html, PlanDiff diff) {
		List<ElementChange> changes = diff.changes(ElementKind.TARGET);
		html.open("section", "id", "targets", "aria-labelledby", "targets-heading").element("h2",
				"Targets side by side", "id", "targets-heading");
		if (changes.isEmpty()) {
			html.element("p", "No target changed.").close("section");
			return;
		}
		html.open("table").element("caption", "Changed targets: old and new, changed values in bold");
		html.open("thead").open("tr").element("th", "Change", "scope", "col").element("th", "Old", "scope", "col")
				.element("th", "New", "scope", "col").close("tr").close("thead").open("tbody");
		for (ElementChange change : changes) {
			html.open("tr").element("th", what(change), "scope", "row");
			html.open("td");
			side(html, change.olds(), change, true);
			html.close("td").open("td");
			side(html, change.news(), change, false);
			html.close("td").close("tr");
		}
		html.close("tbody").close("table").close("section");
	}

	private static void side(MarkupBuilder html, List<PlanItem> items, ElementChange change, boolean old) {
		for (PlanItem item : items) {
			html.open("ul");
			boolean codeChanged = change.renumbered();
			html.open("li").open(codeChanged ? "b" : "span").text(item.code()).close(codeChanged ? "b" : "span")
					.close("li");
			item.fields().forEach((name, value) -> {
				if (value != null) {
					boolean changed = change.field(name).isPresent();
					html.open("li").text(name + ": ");
					if (changed) {
						html.element("b", value, "class", old ? "was" : "now");
					} else {
						html.text(value);
					}
					html.close("li");
				}
			});
			html.close("ul");
		}
	}

	/** The new plan's chain with the changes marked, then what the new plan no longer has, which it cannot draw. */
	private static void chain(MarkupBuilder html, PlanDiff diff, StrategicPlan newPlan, DiffAnchors anchors,
			DiffVocabulary words) {
		html.open("section", "id", "chain", "aria-labelledby", "chain-heading").element("h2",
				"Results chain with the changes marked", "id", "chain-heading");
		html.element("p", "The new plan's goals, targets, " + words.many(ElementKind.OBJECTIVE) + " and "
				+ words.many(ElementKind.ENABLER) + ", and its " + words.many(ElementKind.OUTCOME) + " and "
				+ words.many(ElementKind.OUTPUT) + " that changed. A changed element has an outline and a tag saying how it changed; it leads to its change"
				+ " below.");
		html.open("div", "class", "diagram-scroll", "role", "region", "aria-label", "Results chain diagram",
				"tabindex", "0").raw(DiffDiagram.render(diff, newPlan, anchors)).close("div");
		List<ElementChange> removed = diff.changes().stream()
				.filter(change -> change.type() == ChangeType.REMOVED).toList();
		html.element("h3", "Removed, so not drawn");
		if (removed.isEmpty()) {
			html.element("p", "Nothing was removed.");
		} else {
			html.open("ul", "class", "removed");
			for (ElementChange change : removed) {
				html.open("li").open("a", "href", "#" + anchors.id(change)).text(words.one(change.kind()) + " "
						+ subject(change)).close("a").close("li");
			}
			html.close("ul");
		}
		html.close("section");
	}

	private static void kind(MarkupBuilder html, ElementKind kind, List<ElementChange> changes, DiffAnchors anchors,
			DiffVocabulary words) {
		if (changes.isEmpty()) {
			return;
		}
		String id = "changes-" + kind.plural();
		html.open("section", "id", id, "aria-labelledby", id + "-heading").element("h2",
				words.manyTitle(kind), "id", id + "-heading");
		html.open("ul");
		for (ElementChange change : changes) {
			html.open("li", "id", anchors.id(change)).element("span", what(change), "class", "tag")
					.text(subject(change));
			if (!change.fields().isEmpty()) {
				html.open("ul");
				for (FieldChange field : change.fields()) {
					html.open("li").text(words.field(field.field()) + ": ");
					html.element("span", value(field.oldValue()), "class", "was").text(" \u2192 ");
					html.element("span", value(field.newValue()), "class", "now").close("li");
				}
				html.close("ul");
			}
			html.close("li");
		}
		html.close("ul").close("section");
	}

	private static String what(ElementChange change) {
		if (change.type() != ChangeType.CHANGED) {
			return change.type().label();
		}
		return ((change.renumbered() ? "renumbered " : "") + (change.moved() ? "moved " : "")
				+ (change.valuesChanged() ? "changed" : "")).strip();
	}

	private static String subject(ElementChange change) {
		String olds = String.join(", ", change.olds().stream().map(PlanItem::label).toList());
		String news = String.join(", ", change.news().stream().map(PlanItem::label).toList());
		String match = change.confidence() == null ? ""
				: " (matched: " + change.confidence().label()
						+ (change.confidence() == Confidence.SIMILAR_TEXT
								? String.format(java.util.Locale.ROOT, " %.2f", change.score())
								: "")
						+ ")";
		if (change.type() == ChangeType.ADDED) {
			return news;
		}
		if (change.type() == ChangeType.REMOVED) {
			return olds;
		}
		return (change.type() == ChangeType.CHANGED ? news : olds + " \u2192 " + news) + match;
	}

	private static String value(String value) {
		return value == null ? "(none)" : value;
	}
}
