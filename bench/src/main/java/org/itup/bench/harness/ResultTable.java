package org.itup.bench.harness;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The one Markdown table a run prints: a row per figure, a column per factor, then the budget and whether the
 * largest factor meets it (PASS or MISS). Language-server rows have figures in the column of the factor they were
 * measured on only.
 */
final class ResultTable {

	private final List<FactorFigures> factors;

	private final LspBenchmark.Figures lsp;

	private final int lspFactor;

	private final StringBuilder table = new StringBuilder();

	ResultTable(List<FactorFigures> factors, LspBenchmark.Figures lsp, int lspFactor) {
		this.factors = factors;
		this.lsp = lsp;
		this.lspFactor = lspFactor;
	}

	String render() {
		FactorFigures largest = factors.get(factors.size() - 1);
		header(largest.factor());
		row("files", f -> Long.toString(f.inProcess().files()), null);
		row("coded elements", f -> Long.toString(f.inProcess().elements()), null);
		row("errors found by the loader", f -> Long.toString(f.inProcess().errors()), null);
		row("load + link + validate, in process", f -> Figure.spread(f.inProcess().loadMillis()), null);
		row("peak heap of load + link + validate", f -> Figure.megabytes(f.inProcess().peakHeapBytes().max()), null);
		row("XMI load + resolve of the same model", f -> Figure.spread(f.inProcess().xmiMillis()), null);
		row("load + link + validate / XMI load", f -> Figure.ratio(f.xmiRatio()), Budget.XMI_RATIO);
		row("`itup check`, cold, -Xmx1g, wall", f -> Figure.millis(f.check().wallMillis()), Budget.CHECK_WALL);
		row("`itup check` peak heap (GC log)", f -> Figure.megabytes(f.check().peakHeapBytes()), Budget.CHECK_HEAP);
		row("report (HTML + SVG) generation", f -> Figure.spread(f.inProcess().reportMillis()), Budget.REPORT);
		if (lsp != null) {
			lspRow("LSP: diagnostics for every file after start", Figure.millis(lsp.initialBuildMillis()),
					Budget.INITIAL_BUILD);
			lspRow("LSP: completion, median / p95", Figure.percentiles(lsp.completion()), Budget.COMPLETION);
			lspRow("LSP: hover, median / p95", Figure.percentiles(lsp.hover()), null);
			lspRow("LSP: diagnostics after an edit, median / p95", Figure.percentiles(lsp.diagnostics()),
					Budget.DIAGNOSTICS);
		}
		return table.toString();
	}

	private void header(int largestFactor) {
		List<String> cells = new ArrayList<>(List.of("measure"));
		factors.forEach(f -> cells.add(f.factor() + "x"));
		cells.add("budget");
		cells.add("at " + largestFactor + "x");
		line(cells);
		line(cells.stream().map(cell -> "---").toList());
	}

	private void row(String measure, Function<FactorFigures, String> figure, Budget budget) {
		List<String> cells = new ArrayList<>(List.of(measure));
		factors.forEach(f -> cells.add(figure.apply(f)));
		FactorFigures largest = factors.get(factors.size() - 1);
		cells.add(budget == null ? "" : budget.text);
		cells.add(budget == null ? "" : budget.verdict(largest, null));
		line(cells);
	}

	private void lspRow(String measure, String figure, Budget budget) {
		List<String> cells = new ArrayList<>(List.of(measure));
		factors.forEach(f -> cells.add(f.factor() == lspFactor ? figure : "-"));
		cells.add(budget == null ? "" : budget.text);
		cells.add(budget == null ? "" : budget.verdict(null, lsp));
		line(cells);
	}

	private void line(List<String> cells) {
		table.append("| ").append(String.join(" | ", cells)).append(" |\n");
	}
}
