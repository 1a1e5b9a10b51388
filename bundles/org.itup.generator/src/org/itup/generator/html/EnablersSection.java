package org.itup.generator.html;

import org.itup.analysis.chain.ResultsChain;
import org.itup.analysis.vocabulary.PlanVocabulary;
import org.itup.generator.MarkupBuilder;
import org.itup.generator.svg.ElementKindKey;
import org.itup.model.Enabler;
import org.itup.model.PlanLevel;
import org.itup.model.Sector;

/** The enablers: who provides them, which objectives they support, their activities, contributions and results. */
final class EnablersSection extends ReportSection {

	@Override
	String id() {
		return "enablers";
	}

	@Override
	String heading(ReportContext context) {
		return context.words().manyTitle(PlanLevel.ENABLER);
	}

	@Override
	void body(ReportContext context, MarkupBuilder html) {
		PlanVocabulary words = context.words();
		head(html, words.manyTitle(PlanLevel.ENABLER) + " and the " + words.many(PlanLevel.OBJECTIVE) + " they support",
				"Code", words.oneTitle(PlanLevel.SECTOR), words.oneTitle(PlanLevel.ENABLER), "Supports", "Activities",
				"Contribution to " + words.many(PlanLevel.OUTCOME), "Results");
		for (Enabler enabler : context.plan().enablers()) {
			html.open("tr", "id", ElementKindKey.of(enabler)).element("th", enabler.getName(), "scope", "row");
			cells(html, ResultsChain.sectorOf(enabler).map(Sector::getName).orElse(""), enabler.getTitle());
			html.element("td", enabler.isSupportsAll() ? "every " + words.one(PlanLevel.OBJECTIVE)
					: ReportContext.codes(context.chain().linksFrom(enabler).stream()
							.map(link -> link.result()).toList()));
			list(html, enabler.getActivities());
			list(html, enabler.getContributions());
			list(html, enabler.getResults());
			html.close("tr");
		}
		endTable(html);
	}

	private static void list(MarkupBuilder html, java.util.List<String> items) {
		html.open("td");
		if (!items.isEmpty()) {
			html.open("ul");
			items.forEach(item -> html.element("li", item));
			html.close("ul");
		}
		html.close("td");
	}
}
