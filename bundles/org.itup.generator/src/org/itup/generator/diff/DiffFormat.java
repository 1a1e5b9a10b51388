package org.itup.generator.diff;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.BiFunction;

import org.itup.analysis.StrategicPlan;
import org.itup.analysis.diff.PlanDiff;
import org.itup.generator.html.DiffPage;

/** The forms a comparison of two plans is written in, by the name the command line takes. */
public enum DiffFormat {
	TEXT("text", (diff, plan) -> DiffText.render(diff, DiffVocabulary.of(plan))),
	JSON("json", (diff, plan) -> DiffJson.render(diff)),
	MD("md", (diff, plan) -> DiffMarkdown.render(diff, DiffVocabulary.of(plan))),
	/** The page also draws the new plan's results chain with the changes marked. */
	HTML("html", DiffPage::render);

	private final String label;
	private final BiFunction<PlanDiff, StrategicPlan, String> renderer;

	DiffFormat(String label, BiFunction<PlanDiff, StrategicPlan, String> renderer) {
		this.label = label;
		this.renderer = renderer;
	}

	public String label() {
		return label;
	}

	/** The comparison in this form; the new plan is the one the comparison's new side was read from. */
	public String render(PlanDiff diff, StrategicPlan newPlan) {
		return renderer.apply(diff, newPlan);
	}

	public static Optional<DiffFormat> named(String label) {
		return Arrays.stream(values()).filter(format -> format.label.equals(label)).findFirst();
	}
}
