package org.itup.generator.progress;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.itup.analysis.monitoring.Period;
import org.itup.analysis.monitoring.Series;

/** What a trajectory chart draws, in sentences: its description for screen readers. */
final class ChartDescription {

	private ChartDescription() {
	}

	static String of(Series series, Period period, List<Map.Entry<Period, Double>> measured,
			Optional<Projection> projection) {
		String unit = series.unit();
		List<String> sentences = new ArrayList<>();
		if (series.baseline() != null) {
			sentences.add("Baseline " + Figures.withUnit(series.baseline().value(), unit) + " in "
					+ series.baseline().period() + ".");
		}
		if (!series.milestones().isEmpty()) {
			sentences.add("Milestones: " + String.join(", ", series.milestones().stream()
					.map(m -> Figures.withUnit(m.value(), unit) + " in " + m.year()).toList()) + ".");
		}
		if (series.target() != null) {
			sentences.add("Target " + Figures.withUnit(series.target().value(), unit) + " by "
					+ series.target().year() + ".");
		}
		if (series.bound() != null) {
			sentences.add("Bound: " + series.bound().describe(unit) + ".");
		}
		sentences.add(measured.isEmpty() ? "Nothing measured up to " + period + "."
				: "Measured: " + String.join(", ", measured.stream()
						.map(e -> Figures.withUnit(e.getValue(), unit) + " in " + e.getKey()).toList()) + ".");
		projection.ifPresent(p -> sentences.add("At the pace kept so far (" + (p.compound() ? "compound growth"
				: "average yearly change") + ") it would reach " + Figures.withUnit(p.toValue(), unit) + " by "
				+ Math.round(p.toTime()) + "."));
		return String.join(" ", sentences);
	}
}
