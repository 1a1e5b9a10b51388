package org.itup.bench.harness;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.itup.bench.scale.ScaledPlans;

/**
 * One benchmark run: for each factor, writes the scaled plans and measures them in process and with the real
 * {@code itup check}; then measures the language server on the plans of one factor; returns the table.
 */
public final class Harness {

	/**
	 * @param factors the scale factors, ascending
	 * @param factors the scale factors, ascending; none leaves out the table of many plans
	 * @param lspFactor the factor whose plans the language server is measured on, or 0 for none
	 * @param onePlan the shapes of one plan to check as well (the second table), or none
	 */
	public record Settings(List<Integer> factors, long seed, int warmups, int repetitions, int lspFactor,
			int lspSamples, Path work, Path itupJar, OnePlanRuns.Shapes onePlan) {

		/** Only the many-plans table. */
		public Settings(List<Integer> factors, long seed, int warmups, int repetitions, int lspFactor, int lspSamples,
				Path work, Path itupJar) {
			this(factors, seed, warmups, repetitions, lspFactor, lspSamples, work, itupJar, OnePlanRuns.Shapes.NONE);
		}
	}

	private final Settings settings;

	private final PrintStream progress;

	public Harness(Settings settings, PrintStream progress) {
		this.settings = settings;
		this.progress = progress;
	}

	/** Runs every measurement and returns the Markdown tables: many plans, then one plan of unusual shape. */
	public String run() throws Exception {
		if (!Files.isRegularFile(settings.itupJar())) {
			throw new IllegalArgumentException("no itup command at " + settings.itupJar() + ": build it first");
		}
		String manyPlans = settings.factors().isEmpty() ? "" : manyPlans();
		String onePlan = new OnePlanRuns(settings, progress).run();
		return manyPlans.isEmpty() || onePlan.isEmpty() ? manyPlans + onePlan : manyPlans + "\n" + onePlan;
	}

	private String manyPlans() throws Exception {
		List<FactorFigures> figures = new ArrayList<>();
		Path lspFile = null;
		for (int factor : settings.factors()) {
			Path plans = fresh(plansOf(factor));
			ScaledPlans.Written written = ScaledPlans.write(factor, settings.seed(), plans);
			progress.printf("bench: %dx: %d files written; measuring in process%n", factor, written.files().size());
			Path scratch = fresh(settings.work().resolve("x" + factor + "-scratch"));
			InProcessBenchmark.Figures inProcess = new InProcessBenchmark(settings.warmups(), settings.repetitions())
					.measure(plans, scratch);
			progress.printf("bench: %dx: load + link + validate %s, XMI load %s, report %s; running itup check%n",
					factor, Figure.millis(inProcess.loadMillis().median()), Figure.millis(inProcess.xmiMillis().median()),
					Figure.millis(inProcess.reportMillis().median()));
			figures.add(new FactorFigures(factor, inProcess, new CheckCommandRun(settings.itupJar()).run(plans,
					scratch)));
			if (factor == settings.lspFactor()) {
				lspFile = editedFile(written);
			}
		}
		LspBenchmark.Figures lsp = null;
		if (lspFile != null) {
			progress.printf("bench: %dx: measuring the language server%n", settings.lspFactor());
			lsp = new LspBenchmark(settings.itupJar(), Math.max(1, settings.warmups()) * 5, settings.lspSamples())
					.measure(plansOf(settings.lspFactor()), lspFile);
		}
		return new ResultTable(figures, lsp, settings.lspFactor()).render();
	}

	private Path plansOf(int factor) {
		return settings.work().resolve("x" + factor);
	}

	/** The edited file: the largest sector file (the example's ITU-D) of the last plan, which imports another. */
	private static Path editedFile(ScaledPlans.Written written) {
		String folder = written.plans().get(written.plans().size() - 1).folder();
		return written.files().stream().filter(file -> file.getParent().endsWith(folder))
				.filter(file -> file.getFileName().toString().endsWith("-d.itup")).findFirst()
				.orElseThrow(() -> new IllegalStateException("no sector file to edit in " + folder));
	}

	static Path fresh(Path folder) throws IOException {
		if (Files.exists(folder)) {
			try (Stream<Path> all = Files.walk(folder)) {
				for (Path path : (Iterable<Path>) all.sorted(Comparator.reverseOrder())::iterator) {
					Files.delete(path);
				}
			}
		}
		return Files.createDirectories(folder);
	}
}
