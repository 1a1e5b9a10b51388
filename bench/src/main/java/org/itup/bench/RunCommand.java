package org.itup.bench;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.itup.bench.harness.Harness;
import org.itup.bench.harness.OnePlanRuns;

/** {@code bench/run [run] ...}: measures the scaled plans and prints the table (progress goes to standard error). */
final class RunCommand {

	private RunCommand() {
	}

	static int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
		Options options = Options.parse(args, Set.of("--factors", "--reps", "--warmups", "--seed", "--lsp-samples",
				"--lsp-factor", "--work", "--itup-jar", "--split-goals", "--large-mb"));
		String factorList = options.text("--factors", "1,10,100");
		List<Integer> factors = factorList.equals("none") ? List.of() : numbers("--factors", factorList);
		String lsp = factors.isEmpty() ? "none"
				: options.text("--lsp-factor", Integer.toString(factors.get(factors.size() - 1)));
		int lspFactor = lsp.equals("none") ? 0 : numbers("--lsp-factor", lsp).get(0);
		if (lspFactor != 0 && !factors.contains(lspFactor)) {
			throw new IllegalArgumentException("--lsp-factor " + lspFactor + " is not among --factors " + factors);
		}
		Path work = options.has("--work") ? Path.of(options.text("--work", "")) : Files.createTempDirectory("itup-bench");
		Harness.Settings settings = new Harness.Settings(factors, options.number("--seed", ScaleCommand.DEFAULT_SEED, 0),
				(int) options.number("--warmups", 1, 0), (int) options.number("--reps", 3, 1), lspFactor,
				(int) options.number("--lsp-samples", 50, 1), work, itupJar(options), onePlanShapes(options));
		String table = new Harness(settings, err).run();
		out.print(table);
		return 0;
	}

	/** {@code --split-goals 1000,10000} and {@code --large-mb 50}: the second table's shapes; none by default. */
	private static OnePlanRuns.Shapes onePlanShapes(Options options) {
		List<Integer> split = options.has("--split-goals")
				? numbers("--split-goals", options.text("--split-goals", ""))
				: List.of();
		return new OnePlanRuns.Shapes(split, (int) options.number("--large-mb", 0, 0));
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
	private static Path itupJar(Options options) {
		if (options.has("--itup-jar")) {
			return Path.of(options.text("--itup-jar", ""));
		}
		Path root = Path.of(System.getProperty("itup.root.dir", "."));
		return root.resolve("bundles/org.itup.cli/target/itup.jar").toAbsolutePath().normalize();
	}
}
