package org.itup.generator.html;

import org.itup.analysis.LinkageKind;
import org.itup.analysis.LinkageMatrix;
import org.itup.analysis.Ownership;
import org.itup.analysis.vocabulary.PlanVocabulary;
import org.itup.generator.MarkupBuilder;
import org.itup.generator.svg.ElementKindKey;
import org.itup.generator.svg.ElementText;
import org.itup.model.Goal;
import org.itup.model.Objective;
import org.itup.model.PlanLevel;
import org.itup.model.Sector;

/**
 * The linkage matrix in the form of the plan's Table 3: objectives as rows, goals as columns, a boxed tick for a
 * primary link and a plain tick for a secondary one. Each mark also says its kind in words for screen readers. In a
 * plan with shared ownership, two last columns say which sector leads each objective and which contribute.
 */
final class LinkageMatrixSection extends ReportSection {

	@Override
	String id() {
		return "linkage-matrix";
	}

	@Override
	String heading(ReportContext context) {
		return "Linkage matrix";
	}

	@Override
	void body(ReportContext context, MarkupBuilder html) {
		LinkageMatrix matrix = LinkageMatrix.of(context.plan());
		boolean shared = matrix.objectives().stream().anyMatch(objective -> !Ownership.contributors(objective).isEmpty());
		tableRegion(html, "Linkage matrix");
		html.open("table", "class", "matrix", "id", "linkage-matrix-table");
		PlanVocabulary words = context.words();
		html.element("caption", "Linkage of the " + words.many(PlanLevel.OBJECTIVE) + " with the strategic goals");
		html.open("thead").open("tr").element("th", words.oneTitle(PlanLevel.OBJECTIVE), "scope", "col");
		for (Goal goal : matrix.goals()) {
			html.open("th", "scope", "col", "title", ElementText.title(goal));
			link(html, ElementKindKey.of(goal), "Goal " + goal.getName());
			html.close("th");
		}
		if (shared) {
			html.element("th", "Led by", "scope", "col").element("th", "Contributors", "scope", "col");
		}
		html.close("tr").close("thead").open("tbody");
		for (Objective objective : matrix.objectives()) {
			html.open("tr", "data-objective", objective.getName()).open("th", "scope", "row");
			link(html, ElementKindKey.of(objective), objective.getName());
			html.text(" " + ElementText.title(objective)).close("th");
			for (Goal goal : matrix.goals()) {
				cell(html, matrix.linkage(objective, goal));
			}
			if (shared) {
				ownership(html, objective);
			}
			html.close("tr");
		}
		endTable(html);
		html.open("ul", "class", "legend", "aria-label", "Legend of the linkage matrix").open("li");
		html.element("span", "\u2611", "class", "mark", "aria-hidden", "true")
				.text(" primary link: the " + words.one(PlanLevel.OBJECTIVE) + " contributes directly to the goal").close("li").open("li");
		html.element("span", "\u2713", "class", "mark", "aria-hidden", "true")
				.text(" secondary link: it contributes indirectly").close("li");
		html.element("li", "empty cell: no link").close("ul");
	}

	/** Shown only in plans where some objective has contributors, so other plans' tables keep their shape. */
	private static void ownership(MarkupBuilder html, Objective objective) {
		Sector lead = Ownership.lead(objective);
		html.element("td", lead == null ? "" : lead.getName(), "class", "lead");
		html.element("td", String.join(", ", Ownership.contributors(objective).stream().map(Sector::getName).toList()),
				"class", "contributors");
	}

	private static void cell(MarkupBuilder html, LinkageKind kind) {
		html.open("td", "data-linkage", kind.label(), "class", kind.label());
		if (kind != LinkageKind.NONE) {
			html.element("span", kind == LinkageKind.PRIMARY ? "\u2611" : "\u2713", "aria-hidden", "true");
			html.element("span", kind.label(), "class", "visually-hidden");
		}
		html.close("td");
	}
}
