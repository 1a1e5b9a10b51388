package org.itup.bench.harness;

/** Everything measured on the plans of one factor. */
record FactorFigures(int factor, InProcessBenchmark.Figures inProcess, CheckCommandRun.Figures check) {

	/** Load + link + validate over the XMI load of the same model, both medians. */
	double xmiRatio() {
		return inProcess.loadMillis().median() / inProcess.xmiMillis().median();
	}
}
