package org.itup.generator.html;

import org.itup.generator.MarkupBuilder;

/** One section of the report, with the id and heading the navigation links to. */
abstract class ReportSection {

	abstract String id();

	abstract String heading(ReportContext context);

	abstract void body(ReportContext context, MarkupBuilder html);

	/** Whether the plan has anything for this section; a section about what a plan does not use is left out. */
	boolean shows(ReportContext context) {
		return true;
	}

	final void write(ReportContext context, MarkupBuilder html) {
		html.open("section", "id", id(), "aria-labelledby", id() + "-heading").raw("\n");
		html.element("h2", heading(context), "id", id() + "-heading");
		body(context, html);
		html.close("section");
	}

	/** A table's head row of column headers. */
	static void head(MarkupBuilder html, String caption, String... columns) {
		tableRegion(html, caption);
		html.open("table").element("caption", caption).open("thead").open("tr");
		for (String column : columns) {
			html.element("th", column, "scope", "col");
		}
		html.close("tr").close("thead").open("tbody");
	}

	/**
	 * A wide table scrolls inside its own box, so a phone-wide page does not scroll sideways; the box takes the
	 * keyboard focus (and a name) so that it can be scrolled without a mouse.
	 */
	static void tableRegion(MarkupBuilder html, String name) {
		html.open("div", "class", "table-scroll", "role", "region", "tabindex", "0", "aria-label", name);
	}

	/** Closes a table's body, the table and its scroll box. */
	static void endTable(MarkupBuilder html) {
		html.close("tbody").close("table").close("div");
	}

	/** "1 error", "2 errors": a count with its noun in the right number. */
	static String count(long count, String singular, String plural) {
		return count + " " + (count == 1 ? singular : plural);
	}

	/** Table cells of plan text; each takes its direction from its own text, so Arabic reads right to left. */
	static void cells(MarkupBuilder html, String... texts) {
		for (String text : texts) {
			html.element("td", text == null ? "" : text, "dir", "auto");
		}
	}

	static void link(MarkupBuilder html, String key, String text) {
		html.open("a", "href", "#" + key).text(text).close("a");
	}

	static void paragraph(MarkupBuilder html, String text) {
		if (text != null && !text.isBlank()) {
			html.element("p", text, "dir", "auto");
		}
	}
}
