package org.itup.bench;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.itup.bench.harness.Harness;
import org.itup.bench.harness.OnePlanRuns;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bench/run [run] ...}: measures the scaled plans and prints the table (progress goes to standard error). */
// picocli prints each string on a line of its own and lists a command by its first: each one is a whole sentence
@Command(name = "run", description = {
		"Writes the scaled plans of every factor, measures them and prints the table of docs/performance.md.",
		"--split-goals and --large-mb add a second table, of one-plan shapes." })
final class RunCommand {

	@Option(names = "--factors", paramLabel = "N,N...|none", description = "scale factors to measure (default 1,10,100; above 100, e.g. 1000, only itup check and itup generate run); none leaves the first table out")
	private String factorList = "1,10,100";

	@Option(names = "--reps", paramLabel = "N", description = "measured repetitions of each in-process figure (default 3)")
	private long reps = 3;

	@Option(names = "--warmups", paramLabel = "N", description = "unmeasured runs before them (default 1)")
	private long warmups = 1;

	@Option(names = "--seed", paramLabel = "N", description = "seed of the scaled plans (default 71)")
	private long seed = ScaleCommand.DEFAULT_SEED;

	@Option(names = "--lsp-samples", paramLabel = "N", description = "edits timed in the language server (default 50)")
	private long lspSamples = 50;

	/** Default: the largest of --factors up to 100. */
	@Option(names = "--lsp-factor", paramLabel = "N|none", description = "factor the language server is measured on (default the largest up to 100)")
	private String lspFactor;

	@Option(names = "--work", paramLabel = "DIR", description = "folder kept for the plans and outputs (default a new temporary one)")
	private Path work;

	@Option(names = "--itup-jar", paramLabel = "FILE", description = "command line to measure (default this checkout's)")
	private Path itupJar;

	@Option(names = "--split-goals", paramLabel = "N,N...", description = "check one plan split into N one-goal files, for each N")
	private String splitGoals;

	@Option(names = "--large-mb", paramLabel = "M", description = "check one plan in one file of M MB")
	private long largeMb;

	RunCommand() {
	}

	static int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
		RunCommand command = new RunCommand();
		Options.parse(command, args);
		out.print(new Harness(command.settings(), err).run());
		return 0;
	}

	private Harness.Settings settings() throws Exception {
		List<Integer> factors = factorList.equals("none") ? List.of() : numbers("--factors", factorList);
		int lsp = lspFactor(factors);
		Path folder = work != null ? work : Files.createTempDirectory("itup-bench");
		return new Harness.Settings(factors, Options.atLeast("--seed", seed, 0),
				(int) Options.atLeast("--warmups", warmups, 0), (int) Options.atLeast("--reps", reps, 1), lsp,
				(int) Options.atLeast("--lsp-samples", lspSamples, 1), folder, itupJar(), onePlanShapes());
	}

	private int lspFactor(List<Integer> factors) {
		List<Integer> loadable = factors.stream().filter(f -> f <= Harness.IN_PROCESS_UP_TO).toList();
		String lsp = lspFactor != null ? lspFactor
				: loadable.isEmpty() ? "none" : Integer.toString(loadable.get(loadable.size() - 1));
		int factor = lsp.equals("none") ? 0 : numbers("--lsp-factor", lsp).get(0);
		if (factor != 0 && !factors.contains(factor)) {
			throw new IllegalArgumentException("--lsp-factor " + factor + " is not among --factors " + factors);
		}
		if (factor > Harness.IN_PROCESS_UP_TO) {
			throw new IllegalArgumentException("--lsp-factor " + factor + ": the language server is measured up to "
					+ Harness.IN_PROCESS_UP_TO + "x, the factor its budgets are set for");
		}
		return factor;
	}

	/** {@code --split-goals 1000,10000} and {@code --large-mb 50}: the second table's shapes; none by default. */
	private OnePlanRuns.Shapes onePlanShapes() {
		List<Integer> split = splitGoals != null ? numbers("--split-goals", splitGoals) : List.of();
		return new OnePlanRuns.Shapes(split, (int) Options.atLeast("--large-mb", largeMb, 0));
	}

	private static List<Integer> numbers(String option, String list) {
		try {
			List<Integer> factors = Arrays.stream(list.split(",")).map(String::trim).map(Integer::parseInt).sorted()
					.distinct().toList();
			if (factors.isEmpty() || factors.get(0) < 1) {
				throw new IllegalArgumentException(option + " takes whole numbers of at least 1, not '" + list + "'");
			}
			return factors;
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException(option + " takes a comma-separated list of whole numbers, not '"
					+ list + "'");
		}
	}

	/** The command line of this checkout unless told otherwise: bundles/org.itup.cli/target/itup.jar. */
	private Path itupJar() {
		if (itupJar != null) {
			return itupJar;
		}
		Path root = Path.of(System.getProperty("itup.root.dir", "."));
		return root.resolve("bundles/org.itup.cli/target/itup.jar").toAbsolutePath().normalize();
	}
}
