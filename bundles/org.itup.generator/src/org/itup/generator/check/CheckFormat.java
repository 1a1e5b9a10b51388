package org.itup.generator.check;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The ways a check report can be written: text for people and editors that jump to {@code path:line:column}, JSON
 * for tools and CI annotations, SARIF 2.1.0 for code-scanning services.
 */
public enum CheckFormat {
	TEXT(CheckReportText::render), JSON(CheckReportJson::render), SARIF(CheckReportSarif::render);

	private final Function<CheckReport, String> renderer;

	CheckFormat(Function<CheckReport, String> renderer) {
		this.renderer = renderer;
	}

	/** The name users type, e.g. after {@code --format}. */
	public String label() {
		return name().toLowerCase(Locale.ROOT);
	}

	public String render(CheckReport report) {
		return renderer.apply(report);
	}

	public static Optional<CheckFormat> named(String label) {
		return Arrays.stream(values()).filter(format -> format.label().equals(label)).findFirst();
	}
}
