package org.itup.generator.progress;

import java.util.Map;

import org.itup.analysis.monitoring.DataCompleteness;
import org.itup.analysis.monitoring.Series;
import org.itup.generator.MarkupBuilder;
import org.itup.model.Measurable;

/**
 * Which targets and indicators have no value measured within the period: what the next data collection must fill.
 * A status may still rest on an earlier value; the gap says the period itself is not measured.
 */
final class DataGapsSection extends ProgressSection {

	DataGapsSection() {
		super("gaps");
	}

	@Override
	String heading(ProgressContext context) {
		return "Data gaps";
	}

	@Override
	void body(ProgressContext context, MarkupBuilder html) {
		DataCompleteness completeness = context.progress().completeness();
		paragraph(html, completeness.missing().size() + " of " + context.seriesCount()
				+ " have no value measured within "
				+ context.period() + "; " + completeness.measured().size() + " have one ("
				+ Figures.percent(completeness.share()) + " measured).");
		if (completeness.missing().isEmpty()) {
			return;
		}
		Map<String, Measurable> subjects = context.subjects();
		table(html, "Not measured within " + context.period(), "Code", context.words().target() + " or "
				+ LevelWords.inText(context.words().indicator()), "Latest value before");
		for (String code : completeness.missing()) {
			html.open("tr").open("th", "scope", "row").open("a", "href", "#" + SeriesTable.rowId(code)).text(code)
					.close("a").close("th");
			Measurable subject = subjects.get(code);
			html.element("td", subject == null ? "" : ProgressContext.text(subject), "dir", "auto");
			Series series = context.series(code);
			html.element("td", series.latestBy(context.period())
					.map(e -> Figures.withUnit(e.getValue(), series.unit()) + " in " + e.getKey()).orElse("none"));
			html.close("tr");
		}
		endTable(html);
	}
}
