package org.itup.generator.progress;

import java.util.ArrayList;
import java.util.List;

import org.itup.generator.MarkupBuilder;
import org.itup.model.Goal;
import org.itup.model.Measurable;
import org.itup.model.Target;

/**
 * Each goal with its targets' roll-up, then its targets (and the indicators they carry) with their status and
 * trajectory.
 */
final class GoalsSection extends ProgressSection {

	GoalsSection() {
		super("goals");
	}

	@Override
	String heading(ProgressContext context) {
		return context.words().goals() + " and " + LevelWords.inText(context.words().targets());
	}

	@Override
	void body(ProgressContext context, MarkupBuilder html) {
		if (context.plan().goals().isEmpty()) {
			paragraph(html, "The plan has no " + LevelWords.inText(context.words().goals()) + ".");
			return;
		}
		ChartMarks.legend(html);
		for (Goal goal : context.plan().goals()) {
			goal(context, html, goal);
		}
	}

	private static void goal(ProgressContext context, MarkupBuilder html, Goal goal) {
		String name = context.words().goal() + " " + goal.getName()
				+ (goal.getTitle() == null ? "" : ": " + goal.getTitle());
		openArticle(context, html, "goal-" + goal.getName(), name, goal.getName(),
				LevelWords.inText(context.words().targets()));
		List<Measurable> subjects = new ArrayList<>();
		for (Target target : goal.getTargets()) {
			subjects.add(target);
			subjects.addAll(target.getIndicators());
		}
		SeriesTable.write(context, html, name + ": " + LevelWords.inText(context.words().targets()) + " in "
				+ context.period(), context.judged(subjects));
		html.close("article");
	}
}
