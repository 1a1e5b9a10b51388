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
	 * The largest factor whose plans the harness loads in its own 2 GB heap, and the factor the budgets are set for.
	 * The model of the 100x plans peaks at about 400 MB in process; ten times more, beside the XMI copy the ratio
	 * needs, does not fit.
	 */
	public static final int IN_PROCESS_UP_TO = 100;

	/**
	 * @param factors the scale factors, ascending; none leaves out the table of many plans
	 * @param lspFactor the factor whose plans the language server is measured on, or 0 for none
	 * @param onePlan the shapes of one plan to check as well (the second table), or none
	 * @param inProcessUpTo factors above it are measured only as commands ({@code itup check}, {@code itup generate})
	 */
	public record Settings(List<Integer> factors, long seed, int warmups, int repetitions, int lspFactor,
			int lspSamples, Path work, Path itupJar, OnePlanRuns.Shapes onePlan, int inProcessUpTo) {

		public Settings(List<Integer> factors, long seed, int warmups, int repetitions, int lspFactor, int lspSamples,
				Path work, Path itupJar, OnePlanRuns.Shapes onePlan) {
			this(factors, seed, warmups, repetitions, lspFactor, lspSamples, work, itupJar, onePlan,
					IN_PROCESS_UP_TO);
		}

		/** Only the many-plans table. */
		public Settings(List<Integer> factors, long seed, int warmups, int repetitions, int lspFactor, int lspSamples,
				Path work, Path itupJar) {
			this(factors, seed, warmups, repetitions, lspFactor, lspSamples, work, itupJar, OnePlanRuns.Shapes.NONE);
		}
	}

	/**
	 * Plans above {@link Settings#inProcessUpTo()} are checked and reported by commands given this heap: the 1000x
	 * model is about ten times the 100x one, whose check peaks at about 250 MB of the usual gigabyte.
	 */
	static final String LARGE_FACTOR_HEAP = "-Xmx8g";

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
			Path scratch = fresh(settings.work().resolve("x" + factor + "-scratch"));
			figures.add(factor > settings.inProcessUpTo() ? byCommands(factor, written, plans, scratch)
					: inProcess(factor, written, plans, scratch));
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
		return new ResultTable(figures, lsp, settings.lspFactor(), settings.inProcessUpTo()).render();
	}

	private FactorFigures inProcess(int factor, ScaledPlans.Written written, Path plans, Path scratch)
			throws Exception {
		progress.printf("bench: %dx: %d files written; measuring in process%n", factor, written.files().size());
		InProcessBenchmark.Figures inProcess = new InProcessBenchmark(settings.warmups(), settings.repetitions())
				.measure(plans, scratch);
		progress.printf("bench: %dx: load + link + validate %s, XMI load %s, report %s; running itup check%n", factor,
				Figure.millis(inProcess.loadMillis().median()), Figure.millis(inProcess.xmiMillis().median()),
				Figure.millis(inProcess.reportMillis().median()));
		return new FactorFigures(factor, written.files().size(), inProcess,
				new CheckCommandRun(settings.itupJar()).run(plans, scratch), null);
	}

	/** Too large to load in this JVM: only {@code itup check} and {@code itup generate}, once each. */
	private FactorFigures byCommands(int factor, ScaledPlans.Written written, Path plans, Path scratch)
			throws Exception {
		progress.printf("bench: %dx: %d files written; running itup check (%s)%n", factor, written.files().size(),
				LARGE_FACTOR_HEAP);
		CheckCommandRun commands = new CheckCommandRun(settings.itupJar(), LARGE_FACTOR_HEAP);
		CheckCommandRun.Figures check = commands.run(plans, scratch);
		progress.printf("bench: %dx: itup check %s, exit %d; running itup generate%n", factor,
				Figure.millis(check.wallMillis()), check.exitCode());
		CheckCommandRun.Figures report = commands.report(plans, fresh(scratch.resolve("report")), scratch);
		progress.printf("bench: %dx: itup generate %s%n", factor, Figure.millis(report.wallMillis()));
		return new FactorFigures(factor, written.files().size(), null, check, report);
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
