package org.itup.generator.progress;

import java.util.List;

import org.itup.analysis.monitoring.Period;
import org.itup.analysis.monitoring.Series;
import org.itup.analysis.monitoring.StatusJudgement;
import org.itup.generator.MarkupBuilder;
import org.itup.model.Measurable;
import org.itup.model.PerformanceIndicator;

/**
 * Targets or indicators with their status in the period: a table row each (code, what it is, status in words and
 * shape, the value judged, how it was judged), then a trajectory chart of each that has something to draw.
 */
final class SeriesTable {

	private SeriesTable() {
	}

	static void write(ProgressContext context, MarkupBuilder html, String caption, List<Measurable> subjects) {
		if (subjects.isEmpty()) {
			return;
		}
		ProgressSection.table(html, caption, "Code", context.words().target() + " or "
				+ LevelWords.inText(context.words().indicator()), "Status", "Value judged", "How it was judged");
		for (Measurable subject : subjects) {
			row(context, html, subject);
		}
		ProgressSection.endTable(html);
		html.open("div", "class", "charts");
		for (Measurable subject : subjects) {
			chart(context, html, subject);
		}
		html.close("div");
	}

	private static void row(ProgressContext context, MarkupBuilder html, Measurable subject) {
		String code = subject.getName();
		StatusJudgement judgement = context.judgement(code);
		Series series = context.series(code);
		html.open("tr", "id", rowId(code), "class", "series " + StatusBadge.cssClass(judgement.status()));
		html.element("th", code, "scope", "row");
		html.open("td", "dir", "auto");
		if (subject instanceof PerformanceIndicator) {
			html.element("span", kind(context, subject) + ": ", "class", "kind");
		}
		html.text(ProgressContext.text(subject)).close("td");
		html.open("td", "class", "status-cell");
		StatusBadge.write(html, judgement.status());
		html.close("td");
		valueJudged(context, html, code, judgement, series);
		html.element("td", judgement.explanation(), "class", "explanation");
		html.close("tr");
	}

	/** The value and its period, and where the monitoring data says it comes from. */
	private static void valueJudged(ProgressContext context, MarkupBuilder html, String code,
			StatusJudgement judgement, Series series) {
		if (judgement.value().isEmpty() || judgement.measuredIn().isEmpty()) {
			html.element("td", "\u2014");
			return;
		}
		Period period = judgement.measuredIn().get();
		html.open("td", "class", "value").text(Figures.withUnit(judgement.value().getAsDouble(), series.unit())
				+ " in " + period);
		context.provenance(code, period).ifPresent(text -> html.element("span", text, "class", "provenance",
				"dir", "auto"));
		html.close("td");
	}

	private static void chart(ProgressContext context, MarkupBuilder html, Measurable subject) {
		String code = subject.getName();
		Series series = context.series(code);
		if (!TrajectoryChart.drawable(series, context.period())) {
			return;
		}
		String name = kind(context, subject) + " " + code;
		html.open("figure", "class", "trajectory", "id", "chart-" + code);
		html.raw(TrajectoryChart.render("chart-" + code + "-svg", name, series, context.period()));
		html.open("figcaption").element("b", name).text(": ");
		StatusBadge.write(html, context.judgement(code).status());
		html.text(" \u2014 " + ProgressContext.text(subject)).close("figcaption");
		html.close("figure");
	}

	static String rowId(String code) {
		return "progress-" + code;
	}

	private static String kind(ProgressContext context, Measurable subject) {
		return subject instanceof PerformanceIndicator ? context.words().indicator() : context.words().target();
	}
}
