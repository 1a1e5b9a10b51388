package org.itup.generator.html;

import org.itup.generator.MarkupBuilder;
import org.itup.model.SwotItem;
import org.itup.model.SwotKind;

/** The SWOT analysis as four lists: strengths, weaknesses, opportunities, threats. */
final class SwotSection extends ReportSection {

	@Override
	String id() {
		return "swot";
	}

	@Override
	String heading(ReportContext context) {
		return "SWOT analysis";
	}

	@Override
	void body(ReportContext context, MarkupBuilder html) {
		var items = context.plan().parts().stream().flatMap(part -> part.getSwot().stream()).toList();
		if (items.isEmpty()) {
			paragraph(html, "The plan has no SWOT analysis.");
			return;
		}
		html.open("div", "class", "swot");
		for (SwotKind kind : SwotKind.VALUES) {
			html.open("section", "class", "swot-" + kind.getLiteral(), "aria-label", plural(kind));
			html.element("h3", plural(kind)).open("ul");
			for (SwotItem item : items) {
				if (item.getKind() == kind) {
					html.element("li", item.getStatement());
				}
			}
			html.close("ul").close("section");
		}
		html.close("div");
	}

	private static String plural(SwotKind kind) {
		return switch (kind) {
		case STRENGTH -> "Strengths";
		case WEAKNESS -> "Weaknesses";
		case OPPORTUNITY -> "Opportunities";
		case THREAT -> "Threats";
		};
	}
}
