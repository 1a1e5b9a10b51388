package org.itup.generator.progress;

import java.util.List;
import java.util.Map;

import org.itup.generator.MarkupBuilder;
import org.itup.model.Objective;

/** The monitoring files' narrative assessments of the period, objective by objective, as written. */
final class NarrativeSection extends ProgressSection {

	NarrativeSection() {
		super("narrative");
	}

	@Override
	String heading(ProgressContext context) {
		return "Assessments";
	}

	@Override
	void body(ProgressContext context, MarkupBuilder html) {
		Map<String, List<String>> assessments = context.progress().assessments();
		if (assessments.isEmpty()) {
			paragraph(html, "No assessment is written for " + context.period() + ".");
			return;
		}
		html.open("dl", "class", "values");
		for (Objective objective : context.plan().objectives()) {
			List<String> texts = assessments.get(objective.getName());
			if (texts != null) {
				html.open("dt").open("a", "href", "#objective-" + objective.getName())
						.text(context.words().objective() + " " + objective.getName()).close("a").close("dt");
				texts.forEach(text -> html.element("dd", text, "dir", "auto"));
			}
		}
		html.close("dl");
	}
}
