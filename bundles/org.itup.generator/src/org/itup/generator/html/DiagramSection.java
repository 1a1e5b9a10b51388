package org.itup.generator.html;

import org.itup.analysis.vocabulary.PlanVocabulary;
import org.itup.generator.MarkupBuilder;
import org.itup.model.PlanLevel;
import org.itup.model.Sector;

/**
 * The overall results-chain diagram with the controls that act on every diagram of the page: sector filter,
 * secondary links shown or hidden, find by code. The controls stay hidden until the script shows them, so a page
 * without scripts (or a printout) shows no dead buttons.
 */
final class DiagramSection extends ReportSection {

	@Override
	String id() {
		return "results-chain";
	}

	@Override
	String heading(ReportContext context) {
		return "Results chain";
	}

	@Override
	void body(ReportContext context, MarkupBuilder html) {
		PlanVocabulary words = context.words();
		paragraph(html, "Click a box (or press Enter on it) to highlight its chain up to the goals and down to the "
				+ words.many(PlanLevel.OUTPUT) + " and " + words.many(PlanLevel.ENABLER) + "; click it again to open its section. The controls act on every diagram;"
				+ " the buttons above each diagram, or the keys + - 0 1 in it, zoom it, fit it or show it full size.");
		controls(context, html);
		figure(html, context, "overall", "The plan at the strategic level: goals and their targets, the "
				+ words.many(PlanLevel.OBJECTIVE) + " linked to them and the " + words.many(PlanLevel.ENABLER)
				+ " that support the " + words.many(PlanLevel.OBJECTIVE) + ". The diagrams of each goal and each "
				+ words.one(PlanLevel.SECTOR) + " add " + words.many(PlanLevel.OUTCOME) + " and "
				+ words.many(PlanLevel.OUTPUT) + ".");
	}

	private static void controls(ReportContext context, MarkupBuilder html) {
		html.open("form", "id", "diagram-controls", "class", "controls", "hidden", "hidden", "role", "search");
		PlanVocabulary words = context.words();
		html.element("label", words.oneTitle(PlanLevel.SECTOR), "for", "sector-filter");
		html.open("select", "id", "sector-filter").element("option", "All " + words.many(PlanLevel.SECTOR), "value", "");
		for (Sector sector : context.diagrams().palette().sectors()) {
			html.element("option", sector.getName(), "value", sector.getName());
		}
		html.close("select");
		html.open("label").empty("input", "type", "checkbox", "id", "show-secondary", "checked", "checked")
				.text(" Show secondary links").close("label");
		html.element("label", "Find code", "for", "find-code");
		html.empty("input", "type", "text", "id", "find-code", "size", "8", "autocomplete", "off");
		html.element("button", "Find", "type", "submit", "id", "find-button");
		html.element("button", "Clear highlight", "type", "button", "id", "clear-highlight");
		html.close("form");
		html.element("p", "", "id", "chain-status", "role", "status", "aria-live", "polite");
	}

	/**
	 * A diagram in a box that scrolls (to pan) and takes the keyboard focus, so its viewer's keys and the arrow keys
	 * work without a mouse; the script adds the zoom buttons.
	 */
	static void figure(MarkupBuilder html, ReportContext context, String id, String caption) {
		html.open("figure", "class", "diagram").open("div", "class", "scroll", "role", "region", "tabindex", "0",
				"aria-label", caption + " Keys: + and - zoom, 0 fits, 1 shows full size.").raw(context.svg(id))
				.close("div");
		PrintTiles.write(html, context.diagram(id), context.diagrams().renderer(true));
		html.element("figcaption", caption).close("figure");
	}
}
