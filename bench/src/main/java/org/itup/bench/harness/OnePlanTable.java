package org.itup.bench.harness;

import java.util.List;
import java.util.Locale;

/**
 * The second table of a run: {@code itup check} on one plan split over many files and on one plan in one large
 * file, a row each, with the budgets of the largest split and of the large file, and how the check time grew from
 * the fewest files to the most against how the number of files grew.
 */
final class OnePlanTable {

	private final List<OnePlanFigures> split;

	private final OnePlanFigures large;

	private final StringBuilder table = new StringBuilder();

	/** @param split the split plans, fewest files first; @param large the large file, or null */
	OnePlanTable(List<OnePlanFigures> split, OnePlanFigures large) {
		this.split = split;
		this.large = large;
	}

	String render() {
		line("shape", "files", "size", "`itup check` wall", "peak heap (GC log)", "budget", "verdict");
		line("---", "---", "---", "---", "---", "---", "---");
		for (int i = 0; i < split.size(); i++) {
			row(split.get(i), i == split.size() - 1 ? OnePlanBudget.SPLIT : null);
		}
		if (large != null) {
			row(large, OnePlanBudget.LARGE);
		}
		if (split.size() > 1) {
			growth(split.get(0), split.get(split.size() - 1));
		}
		return table.toString();
	}

	private void row(OnePlanFigures figures, OnePlanBudget budget) {
		line(figures.shape() + " (" + figures.heap() + ")", Integer.toString(figures.files()),
				Figure.megabytes(figures.bytes()), Figure.millis(figures.check().wallMillis()),
				Figure.megabytes(figures.check().peakHeapBytes()),
				budget == null ? "" : budget.wallText + ", " + budget.heapText,
				budget == null ? "" : budget.wallVerdict(figures) + ", " + budget.heapVerdict(figures));
	}

	/** Time grown over files grown; at most {@link OnePlanBudget#GROWTH_OVER_FILES} times linear passes. */
	private void growth(OnePlanFigures fewest, OnePlanFigures most) {
		double files = (double) most.files() / fewest.files();
		double time = most.check().wallMillis() / fewest.check().wallMillis();
		boolean met = time <= files * OnePlanBudget.GROWTH_OVER_FILES;
		line("check time growth, " + fewest.files() + " to " + most.files() + " files", format(files) + " files",
				"", format(time) + " time", "", "<= " + format(files * OnePlanBudget.GROWTH_OVER_FILES) + " time",
				met ? "PASS" : "MISS");
	}

	private static String format(double ratio) {
		return String.format(Locale.ROOT, "%.1fx", ratio);
	}

	private void line(String... cells) {
		table.append("| ").append(String.join(" | ", cells)).append(" |\n");
	}
}
