package org.itup.generator.progress;

import java.util.Collection;
import java.util.List;

import org.itup.analysis.monitoring.DataCompleteness;
import org.itup.analysis.monitoring.ProgressStatus;
import org.itup.analysis.monitoring.StatusThresholds;
import org.itup.generator.MarkupBuilder;
import org.itup.model.Measurable;
import org.itup.model.PerformanceIndicator;

/** The period at a glance: what was judged with which thresholds, how many of each status, what each status means. */
final class SummarySection extends ProgressSection {

	SummarySection() {
		super("summary");
	}

	@Override
	String heading(ProgressContext context) {
		return "Summary";
	}

	@Override
	void body(ProgressContext context, MarkupBuilder html) {
		html.open("dl", "class", "facts");
		fact(html, "Reported period", context.period().toString());
		DataCompleteness completeness = context.progress().completeness();
		fact(html, "Data", completeness.measured().size() + " of " + context.seriesCount() + " "
				+ LevelWords.inText(context.words().targets()) + " and "
				+ LevelWords.inText(context.words().indicators()) + " measured within " + context.period() + " ("
				+ Figures.percent(completeness.share()) + ")");
		StatusThresholds thresholds = context.settings().thresholds();
		fact(html, "Status method", "ratio of actual to required progress since the baseline (compound growth, or"
				+ " the average yearly change where values are not above zero): on track from "
				+ Figures.percent(thresholds.onTrack()) + ", at risk from " + Figures.percent(thresholds.atRisk())
				+ ", off track below; values measured after " + context.period() + " are not used");
		html.close("dl");
		counts(context, html);
		legend(html);
	}

	private static void fact(MarkupBuilder html, String term, String text) {
		html.element("dt", term).element("dd", text);
	}

	private static void counts(ProgressContext context, MarkupBuilder html) {
		Collection<Measurable> subjects = context.subjects().values();
		List<Measurable> targets = context.judged(subjects.stream().filter(s -> !(s instanceof PerformanceIndicator))
				.toList());
		List<Measurable> indicators = context.judged(subjects.stream().filter(PerformanceIndicator.class::isInstance)
				.toList());
		table(html, "How many " + LevelWords.inText(context.words().targets()) + " and "
				+ LevelWords.inText(context.words().indicators()) + " have each status in " + context.period(),
				"Status", context.words().targets(), context.words().indicators());
		for (ProgressStatus status : ProgressStatus.values()) {
			html.open("tr").open("th", "scope", "row");
			StatusBadge.write(html, status);
			html.close("th");
			html.element("td", Long.toString(count(context, targets, status)));
			html.element("td", Long.toString(count(context, indicators, status))).close("tr");
		}
		endTable(html);
	}

	private static long count(ProgressContext context, List<Measurable> subjects, ProgressStatus status) {
		return subjects.stream().filter(s -> context.judgement(s.getName()).status() == status).count();
	}

	private static void legend(MarkupBuilder html) {
		html.open("ul", "class", "legend status-legend", "aria-label", "What each status means");
		for (ProgressStatus status : ProgressStatus.values()) {
			html.open("li");
			StatusBadge.write(html, status);
			html.text(": " + meaning(status)).close("li");
		}
		html.close("ul");
	}

	private static String meaning(ProgressStatus status) {
		return switch (status) {
			case ACHIEVED -> "the final target is reached, or the bound respected";
			case ON_TRACK -> "moving fast enough for the next milestone or the target";
			case AT_RISK -> "moving the right way, too slowly";
			case OFF_TRACK -> "far too slow, the wrong way, outside its bound, or the deadline missed";
			case NO_DATA -> "nothing measured, or too little to judge";
			case NOT_YET_DUE -> "the reported period ends before the baseline";
		};
	}
}
