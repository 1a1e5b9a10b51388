package org.itup.generator.progress;

import java.util.ArrayList;
import java.util.List;

import org.itup.analysis.monitoring.RollUp;
import org.itup.generator.MarkupBuilder;
import org.itup.model.Measurable;
import org.itup.model.Objective;
import org.itup.model.Outcome;
import org.itup.model.Output;
import org.itup.model.Sector;

/**
 * The indicators of the results chain rolled up: each sector, each of its objectives with the period's assessment,
 * and the indicators of the objective, its outcomes and its outputs with their status and trajectory.
 */
final class ResultsSection extends ProgressSection {

	ResultsSection() {
		super("results");
	}

	@Override
	String heading(ProgressContext context) {
		return context.words().sectors() + ", " + LevelWords.inText(context.words().objectives()) + " and "
				+ LevelWords.inText(context.words().indicators());
	}

	@Override
	void body(ProgressContext context, MarkupBuilder html) {
		if (context.plan().sectors().isEmpty()) {
			paragraph(html, "The plan has no " + LevelWords.inText(context.words().sectors()) + ".");
			return;
		}
		for (Sector sector : context.plan().sectors()) {
			sector(context, html, sector);
		}
	}

	private static void sector(ProgressContext context, MarkupBuilder html, Sector sector) {
		String name = context.words().sector() + " " + sector.getName()
				+ (sector.getTitle() == null ? "" : ": " + sector.getTitle());
		openArticle(context, html, "sector-" + sector.getName(), name, sector.getName(),
				LevelWords.inText(context.words().indicators()));
		for (Objective objective : sector.getObjectives()) {
			objective(context, html, objective);
		}
		html.close("article");
	}

	private static void objective(ProgressContext context, MarkupBuilder html, Objective objective) {
		String name = context.words().objective() + " " + objective.getName()
				+ (objective.getTitle() == null ? "" : ": " + objective.getTitle());
		html.element("h4", name, "id", "objective-" + objective.getName(), "dir", "auto");
		rollUp(context, html, objective.getName());
		for (String assessment : context.progress().assessments().getOrDefault(objective.getName(), List.of())) {
			html.open("blockquote", "class", "assessment").element("p", assessment, "dir", "auto")
					.close("blockquote");
		}
		List<Measurable> indicators = new ArrayList<>(objective.getIndicators());
		for (Outcome outcome : objective.getOutcomes()) {
			indicators.addAll(outcome.getIndicators());
		}
		for (Output output : objective.getOutputs()) {
			indicators.addAll(output.getIndicators());
		}
		SeriesTable.write(context, html, name + ": " + LevelWords.inText(context.words().indicators())
				+ " of the " + LevelWords.inText(context.words().objective()) + ", its "
				+ LevelWords.inText(context.words().outcomes()) + " and "
				+ LevelWords.inText(context.words().outputs()) + " in " + context.period(), context.judged(indicators));
		for (Outcome outcome : objective.getOutcomes()) {
			RollUp rollUp = context.progress().rollUps().get(outcome.getName());
			if (rollUp != null && rollUp.total() > 0) {
				html.open("p", "class", "rollup").text(context.words().outcome() + " " + outcome.getName() + ": ");
				StatusBadge.write(html, rollUp.summary());
				html.text(" \u2014 " + RollUpText.counts(rollUp, LevelWords.inText(context.words().indicators())))
						.close("p");
			}
		}
	}

	private static void rollUp(ProgressContext context, MarkupBuilder html, String code) {
		RollUp rollUp = context.progress().rollUps().get(code);
		if (rollUp != null) {
			RollUpText.write(html, rollUp, LevelWords.inText(context.words().indicators()));
		}
	}
}
