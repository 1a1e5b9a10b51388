package org.itup.generator.diff;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;

import org.itup.analysis.diff.PlanDiff;
import org.itup.generator.html.DiffPage;

/** The forms a comparison of two plans is written in, by the name the command line takes. */
public enum DiffFormat {
	TEXT("text", DiffText::render),
	JSON("json", DiffJson::render),
	MD("md", DiffMarkdown::render),
	HTML("html", DiffPage::render);

	private final String label;
	private final Function<PlanDiff, String> renderer;

	DiffFormat(String label, Function<PlanDiff, String> renderer) {
		this.label = label;
		this.renderer = renderer;
	}

	public String label() {
		return label;
	}

	public String render(PlanDiff diff) {
		return renderer.apply(diff);
	}

	public static Optional<DiffFormat> named(String label) {
		return Arrays.stream(values()).filter(format -> format.label.equals(label)).findFirst();
	}
}
