package org.itup.bench.harness;

/** The budgets of docs/performance.md (issue 7), each with the figure it judges. */
enum Budget {

	XMI_RATIO("<= 3x") {
		@Override
		boolean met(FactorFigures factor, LspBenchmark.Figures lsp) {
			return factor.xmiRatio() <= 3;
		}
	},
	CHECK_WALL("< 10 s") {
		@Override
		boolean met(FactorFigures factor, LspBenchmark.Figures lsp) {
			return factor.check().wallMillis() < 10_000;
		}
	},
	CHECK_HEAP("< 1 GB") {
		@Override
		boolean met(FactorFigures factor, LspBenchmark.Figures lsp) {
			return factor.check().peakHeapBytes() < (1L << 30);
		}
	},
	REPORT("< 15 s") {
		@Override
		boolean met(FactorFigures factor, LspBenchmark.Figures lsp) {
			return factor.inProcess().reportMillis().median() < 15_000;
		}
	},
	COMPLETION("p95 < 100 ms") {
		@Override
		boolean met(FactorFigures factor, LspBenchmark.Figures lsp) {
			return lsp.completion().percentile(95) < 100;
		}
	},
	DIAGNOSTICS("p95 < 500 ms") {
		@Override
		boolean met(FactorFigures factor, LspBenchmark.Figures lsp) {
			return lsp.diagnostics().percentile(95) < 500;
		}
	};

	final String text;

	Budget(String text) {
		this.text = text;
	}

	abstract boolean met(FactorFigures factor, LspBenchmark.Figures lsp);

	String verdict(FactorFigures factor, LspBenchmark.Figures lsp) {
		return met(factor, lsp) ? "PASS" : "MISS";
	}
}
