package org.itup.generator.progress;

import org.itup.analysis.monitoring.RollUp;
import org.itup.generator.MarkupBuilder;

/** One section of the progress report, with the id and heading the page's navigation links to. */
abstract class ProgressSection {

	private final String id;

	ProgressSection(String id) {
		this.id = id;
	}

	final String id() {
		return id;
	}

	abstract String heading(ProgressContext context);

	abstract void body(ProgressContext context, MarkupBuilder html);

	final void write(ProgressContext context, MarkupBuilder html) {
		html.open("section", "id", id(), "aria-labelledby", id() + "-heading").raw("\n");
		html.element("h2", heading(context), "id", id() + "-heading");
		body(context, html);
		html.close("section");
	}

	/** A table in a box that scrolls sideways on a narrow screen, named and reachable by keyboard. */
	static void table(MarkupBuilder html, String caption, String... columns) {
		html.open("div", "class", "table-scroll", "role", "region", "tabindex", "0", "aria-label", caption);
		html.open("table").element("caption", caption).open("thead").open("tr");
		for (String column : columns) {
			html.element("th", column, "scope", "col");
		}
		html.close("tr").close("thead").open("tbody");
	}

	/**
	 * Opens the article of one goal or sector, headed by its name, with the roll-up of its {@code children} when it
	 * has one.
	 */
	static void openArticle(ProgressContext context, MarkupBuilder html, String id, String name, String code,
			String children) {
		html.open("article", "id", id, "aria-label", name);
		html.element("h3", name, "dir", "auto");
		RollUp rollUp = context.progress().rollUps().get(code);
		if (rollUp != null) {
			RollUpText.write(html, rollUp, children);
		}
	}

	static void endTable(MarkupBuilder html) {
		html.close("tbody").close("table").close("div");
	}

	static void paragraph(MarkupBuilder html, String text) {
		html.element("p", text, "dir", "auto");
	}
}
