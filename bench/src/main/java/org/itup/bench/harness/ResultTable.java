package org.itup.bench.harness;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The one Markdown table a run prints: a row per figure, a column per factor, then the budget and whether the
 * largest factor the budgets are set for (at most 100x) meets it (PASS or MISS). Language-server rows have figures in
 * the column of the factor they were measured on only; factors measured only as commands (1000x) have a dash in the
 * in-process rows and their report in rows of their own.
 */
final class ResultTable {

	private final List<FactorFigures> factors;

	private final LspBenchmark.Figures lsp;

	private final int lspFactor;

	private final StringBuilder table = new StringBuilder();

	/** The factor the budgets are judged at: the largest measured in process, or none (null). */
	private final FactorFigures judged;

	ResultTable(List<FactorFigures> factors, LspBenchmark.Figures lsp, int lspFactor, int inProcessUpTo) {
		this.factors = factors;
		this.lsp = lsp;
		this.lspFactor = lspFactor;
		this.judged = factors.stream().filter(f -> f.factor() <= inProcessUpTo).reduce((a, b) -> b).orElse(null);
	}

	String render() {
		header();
		row("files", f -> Long.toString(f.files()), null);
		inProcessRow("coded elements", f -> Long.toString(f.inProcess().elements()), null);
		inProcessRow("errors found by the loader", f -> Long.toString(f.inProcess().errors()), null);
		inProcessRow("load + link + validate, in process", f -> Figure.spread(f.inProcess().loadMillis()), null);
		inProcessRow("peak heap of load + link + validate",
				f -> Figure.megabytes(f.inProcess().peakHeapBytes().max()), null);
		inProcessRow("XMI load + resolve of the same model", f -> Figure.spread(f.inProcess().xmiMillis()), null);
		inProcessRow("load + link + validate / XMI load", f -> Figure.ratio(f.xmiRatio()), Budget.XMI_RATIO);
		row(factors.stream().allMatch(FactorFigures::measuredInProcess) ? "`itup check`, cold, -Xmx1g, wall"
				: "`itup check`, cold, wall (-Xmx1g; " + Harness.LARGE_FACTOR_HEAP + " above "
						+ judgedFactorText() + ")",
				f -> Figure.millis(f.check().wallMillis()), Budget.CHECK_WALL);
		row("`itup check` peak heap (GC log)", f -> Figure.megabytes(f.check().peakHeapBytes()), Budget.CHECK_HEAP);
		inProcessRow("report (HTML + SVG) generation", f -> Figure.spread(f.inProcess().reportMillis()),
				Budget.REPORT);
		if (!factors.stream().allMatch(FactorFigures::measuredInProcess)) {
			commandRow("`itup generate --formats html,svg`, cold, wall",
					f -> Figure.millis(f.reportCommand().wallMillis()));
			commandRow("`itup generate` peak heap (GC log)", f -> Figure.megabytes(f.reportCommand().peakHeapBytes()));
		}
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

	private void header() {
		List<String> cells = new ArrayList<>(List.of("measure"));
		factors.forEach(f -> cells.add(f.factor() + "x"));
		cells.add("budget");
		cells.add("at " + judgedFactorText());
		line(cells);
		line(cells.stream().map(cell -> "---").toList());
	}

	private String judgedFactorText() {
		return judged == null ? Harness.IN_PROCESS_UP_TO + "x (not measured)" : judged.factor() + "x";
	}

	private void row(String measure, Function<FactorFigures, String> figure, Budget budget) {
		List<String> cells = new ArrayList<>(List.of(measure));
		factors.forEach(f -> cells.add(figure.apply(f)));
		cells.add(budget == null ? "" : budget.text);
		cells.add(budget == null || judged == null ? "" : budget.verdict(judged, null));
		line(cells);
	}

	/** A figure of the plans loaded in this JVM: a dash for factors measured only as commands. */
	private void inProcessRow(String measure, Function<FactorFigures, String> figure, Budget budget) {
		row(measure, f -> f.measuredInProcess() ? figure.apply(f) : "-", budget);
	}

	/** A figure of factors measured only as commands: a dash for the others. */
	private void commandRow(String measure, Function<FactorFigures, String> figure) {
		row(measure, f -> f.measuredInProcess() ? "-" : figure.apply(f), null);
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
