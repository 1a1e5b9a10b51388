package org.itup.generator.progress;

import java.util.List;
import java.util.Objects;

import org.itup.analysis.monitoring.Period;
import org.itup.generator.MarkupBuilder;
import org.itup.generator.html.PageShell;
import org.itup.generator.html.ReportFooter;

/**
 * The annual progress report of one plan for one period, in the plan report's style and under its kind of
 * Content-Security-Policy (style inlined and allowed by hash, no script, nothing loaded), written beside the plan
 * report as {@code progress-PERIOD.html}. The same plan files and period give the same bytes.
 */
public final class ProgressPage {

	private static final String STYLE = PageShell.style(ProgressPage.class, "progress.css");

	private static final List<ProgressSection> SECTIONS = List.of(new SummarySection(), new GoalsSection(),
			new ResultsSection(), new DataGapsSection(), new NarrativeSection(), new BudgetSection());

	private ProgressPage() {
	}

	/** The page's file name for a period: {@code progress-2022.html}, {@code progress-2022-Q3.html}. */
	public static String fileName(Period period) {
		return "progress-" + period + ".html";
	}

	public static String render(ProgressContext context) {
		String planTitle = Objects.requireNonNullElse(context.plan().header().getTitle(), context.plan().name());
		String title = "Progress in " + context.period() + ": " + planTitle;
		MarkupBuilder html = new MarkupBuilder();
		PageShell.open(html, title, STYLE);
		html.open("a", "class", "skip", "href", "#main").text("Skip to the report").close("a");
		html.open("nav", "aria-label", "Sections of the progress report").open("ul");
		html.open("li").open("a", "href", "index.html").text("Plan report").close("a").close("li");
		for (ProgressSection section : SECTIONS) {
			html.open("li").open("a", "href", "#" + section.id()).text(section.heading(context)).close("a")
					.close("li");
		}
		html.close("ul").close("nav");
		html.open("main", "id", "main").raw("\n").element("h1", title, "dir", "auto");
		SECTIONS.forEach(section -> section.write(context, html));
		html.close("main");
		ReportFooter.write(context.loaded(), html);
		html.close("body").close("html");
		return html.toString();
	}
}
