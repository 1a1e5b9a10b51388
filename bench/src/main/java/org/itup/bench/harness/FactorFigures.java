package org.itup.bench.harness;

/**
 * Everything measured on the plans of one factor. Above {@link Harness.Settings#inProcessUpTo()} the plans are
 * measured only as commands: {@code inProcess} is null and {@code reportCommand} holds the report; at and below it,
 * the other way round.
 */
record FactorFigures(int factor, int files, InProcessBenchmark.Figures inProcess, CheckCommandRun.Figures check,
		CheckCommandRun.Figures reportCommand) {

	boolean measuredInProcess() {
		return inProcess != null;
	}

	/** Load + link + validate over the XMI load of the same model, both medians. */
	double xmiRatio() {
		return inProcess.loadMillis().median() / inProcess.xmiMillis().median();
	}
}
