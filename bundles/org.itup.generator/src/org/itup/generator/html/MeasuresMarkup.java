package org.itup.generator.html;

import java.util.List;

import org.itup.analysis.vocabulary.PlanVocabulary;
import org.itup.generator.MarkupBuilder;
import org.itup.generator.MeasureText;
import org.itup.model.Budget;
import org.itup.model.PerformanceIndicator;
import org.itup.model.PlanElement;

/**
 * What an element measures and is funded with, as the report shows it under the element: a table of its indicators
 * (code, title, unit, baseline, target by year, milestones, direction, bound, source, responsible unit) and a list of
 * its budget lines, each element named in the plan's words. Nothing is written for an element that has neither.
 */
final class MeasuresMarkup {

	private MeasuresMarkup() {
	}

	static void indicators(MarkupBuilder html, PlanVocabulary words, PlanElement element, List<PerformanceIndicator> indicators) {
		if (indicators.isEmpty()) {
			return;
		}
		ReportSection.head(html, "Indicators of " + words.kindOf(element) + " " + element.getName(),
				"Code", "Indicator", "Unit", "Baseline", "Target", "Milestones", "Direction", "Bound", "Source",
				"Responsible");
		for (PerformanceIndicator indicator : indicators) {
			html.open("tr").element("th", indicator.getName() == null ? "" : indicator.getName(), "scope", "row");
			ReportSection.cells(html, indicator.getTitle(), indicator.getUnit(),
					MeasureText.baseline(indicator.getBaseline(), indicator.getUnit()), MeasureText.target(indicator));
			milestones(html, indicator);
			ReportSection.cells(html, MeasureText.direction(indicator), MeasureText.bound(indicator),
					indicator.getDataSource(), indicator.getResponsibleUnit());
			html.close("tr");
		}
		ReportSection.endTable(html);
	}

	/** The milestones as a list in their cell, so a screen reader counts them. */
	private static void milestones(MarkupBuilder html, PerformanceIndicator indicator) {
		html.open("td");
		if (!indicator.getMilestones().isEmpty()) {
			html.open("ul", "class", "milestones");
			indicator.getMilestones().forEach(milestone -> html.element("li", milestone.getYear() + ": "
					+ MeasureText.amount(milestone.getValue(), indicator.getUnit())));
			html.close("ul");
		}
		html.close("td");
	}

	static void budgets(MarkupBuilder html, PlanVocabulary words, PlanElement element, List<Budget> budgets) {
		if (budgets.isEmpty()) {
			return;
		}
		String name = "Budget of " + words.kindOf(element) + " " + element.getName();
		html.open("ul", "class", "budget-lines", "aria-label", name);
		// each line names its element: an output's lines follow the table of all outputs, not the output itself
		budgets.forEach(budget -> html.element("li", name + ": " + MeasureText.budget(budget)));
		html.close("ul");
	}
}
