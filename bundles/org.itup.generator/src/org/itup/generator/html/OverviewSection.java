package org.itup.generator.html;

import java.util.Objects;

import org.itup.analysis.PlanSummary;
import org.itup.analysis.vocabulary.PlanVocabulary;
import org.itup.generator.MarkupBuilder;
import org.itup.model.CoreValue;
import org.itup.model.Plan;
import org.itup.model.PlanLevel;

/** Title, period, adoption, vision, mission, values, and what the plan holds. */
final class OverviewSection extends ReportSection {

	@Override
	String id() {
		return "overview";
	}

	@Override
	String heading(ReportContext context) {
		return "Plan overview";
	}

	@Override
	void body(ReportContext context, MarkupBuilder html) {
		Plan header = context.plan().header();
		html.element("h1", Objects.requireNonNullElse(header.getTitle(), context.plan().name()));
		html.open("dl", "class", "facts");
		fact(html, "Plan", context.plan().name());
		if (header.getStartYear() > 0) {
			fact(html, "Period", header.getStartYear() + " to " + header.getEndYear());
		}
		fact(html, "Adopted by", header.getAdoptedBy());
		html.close("dl");
		for (Plan part : context.plan().parts()) {
			statement(html, "Vision", part.getVision());
			statement(html, "Mission", part.getMission());
		}
		values(context, html);
		summary(html, PlanSummary.of(context.plan()), context.words());
	}

	private static void fact(MarkupBuilder html, String term, String value) {
		if (value != null) {
			html.element("dt", term).element("dd", value);
		}
	}

	private static void statement(MarkupBuilder html, String heading, String text) {
		if (text != null) {
			html.element("h3", heading);
			paragraph(html, text);
		}
	}

	private static void values(ReportContext context, MarkupBuilder html) {
		var values = context.plan().parts().stream().flatMap(part -> part.getValues().stream()).toList();
		if (values.isEmpty()) {
			return;
		}
		html.element("h3", "Values").open("dl", "class", "values");
		for (CoreValue value : values) {
			// a value broken off mid-declaration (a forced report of a plan with syntax errors) may have neither
			html.element("dt", Objects.requireNonNullElse(value.getTitle(), Objects.toString(value.getName(), "")));
			html.element("dd", Objects.requireNonNullElse(value.getStatement(), ""));
		}
		html.close("dl");
	}

	private static void summary(MarkupBuilder html, PlanSummary summary, PlanVocabulary words) {
		head(html, "What the plan holds", "Goals", "Targets", words.manyTitle(PlanLevel.SECTOR),
				words.manyTitle(PlanLevel.OBJECTIVE), words.manyTitle(PlanLevel.OUTCOME),
				words.manyTitle(PlanLevel.OUTPUT), "Primary links", "Secondary links",
				words.manyTitle(PlanLevel.ENABLER), "Risks");
		html.open("tr");
		cells(html, "" + summary.goals(), "" + summary.targets(), "" + summary.sectors(), "" + summary.objectives(),
				"" + summary.outcomes(), "" + summary.outputs(), "" + summary.primaryLinkages(),
				"" + summary.secondaryLinkages(), "" + summary.enablers(), "" + summary.risks());
		html.close("tr");
		endTable(html);
	}
}
