package org.itup.generator.html;

import java.util.List;

import org.itup.analysis.reference.WsisActionLines;
import org.itup.generator.MarkupBuilder;
import org.itup.model.Goal;
import org.itup.model.PlanLevel;
import org.itup.model.SdgLink;

/**
 * How the goals map onto the Sustainable Development Goals (targets and indicators, with official titles when the
 * run was given them) and onto the WSIS action lines.
 */
final class SdgWsisSection extends ReportSection {

	@Override
	String id() {
		return "sdg-wsis";
	}

	@Override
	String heading(ReportContext context) {
		return "SDG and WSIS mapping";
	}

	/** Only for plans that link to the SDGs or the WSIS action lines: a plan of its own reference sets has none. */
	@Override
	boolean shows(ReportContext context) {
		return usesSdgs(context) || usesWsis(context);
	}

	private static boolean usesSdgs(ReportContext context) {
		return context.plan().goals().stream().anyMatch(goal -> !goal.getSdgLinks().isEmpty())
				|| context.plan().parts().stream().anyMatch(part -> !part.getSdgCustodianIndicators().isEmpty());
	}

	private static boolean usesWsis(ReportContext context) {
		return context.plan().goals().stream().anyMatch(goal -> !goal.getWsisActionLines().isEmpty())
				|| context.plan().objectives().stream().anyMatch(objective -> !objective.getWsisActionLines().isEmpty())
				|| context.plan().parts().stream().anyMatch(part -> !part.getWsisActionLines().isEmpty());
	}

	@Override
	void body(ReportContext context, MarkupBuilder html) {
		if (usesSdgs(context)) {
			sdgs(context, html);
		}
		if (usesWsis(context)) {
			wsis(context, html);
		}
	}

	private static void sdgs(ReportContext context, MarkupBuilder html) {
		if (context.sdgTitles().isEmpty()) {
			paragraph(html, "SDG codes are shown without titles: give a folder of official titles to show them.");
		}
		head(html, "SDG targets and indicators by goal", "Goal", "SDG target", "Indicators");
		for (Goal goal : context.plan().goals()) {
			for (SdgLink link : goal.getSdgLinks()) {
				html.open("tr").element("th", "Goal " + goal.getName(), "scope", "row");
				html.element("td", titled(context, link.getTarget()));
				html.open("td");
				link.getIndicators().forEach(indicator -> html.element("div", titled(context, indicator)));
				html.close("td").close("tr");
			}
		}
		endTable(html);
	}

	private static String titled(ReportContext context, String code) {
		return context.sdgTitles().title(code).map(title -> code + " " + title).orElse(code);
	}

	private static void wsis(ReportContext context, MarkupBuilder html) {
		head(html, "WSIS action lines", "Action line", "Name", "Goals", context.words().manyTitle(PlanLevel.OBJECTIVE),
				"Facilitated");
		List<String> facilitated = context.plan().parts().stream()
				.flatMap(part -> part.getWsisActionLines().stream()).toList();
		for (String line : WsisActionLines.all().keySet()) {
			var goals = context.plan().goals().stream().filter(goal -> goal.getWsisActionLines().contains(line))
					.toList();
			var objectives = context.plan().objectives().stream()
					.filter(objective -> objective.getWsisActionLines().contains(line)).toList();
			if (goals.isEmpty() && objectives.isEmpty() && !facilitated.contains(line)) {
				continue;
			}
			html.open("tr").element("th", line, "scope", "row");
			cells(html, WsisActionLines.name(line).orElse(""), ReportContext.codes(goals),
					ReportContext.codes(objectives), facilitated.contains(line) ? "yes" : "");
			html.close("tr");
		}
		endTable(html);
	}
}
