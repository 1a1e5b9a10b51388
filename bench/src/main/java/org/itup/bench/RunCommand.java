package org.itup.bench;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.itup.bench.harness.Harness;

/** {@code bench/run [run] ...}: measures the scaled plans and prints the table (progress goes to standard error). */
final class RunCommand {

	private RunCommand() {
	}

	static int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
		Options options = Options.parse(args, Set.of("--factors", "--reps", "--warmups", "--seed", "--lsp-samples",
				"--lsp-factor", "--work", "--itup-jar"));
		List<Integer> factors = factors(options.text("--factors", "1,10,100"));
		int largest = factors.get(factors.size() - 1);
		String lsp = options.text("--lsp-factor", Integer.toString(largest));
		int lspFactor = lsp.equals("none") ? 0 : factors(lsp).get(0);
		if (lspFactor != 0 && !factors.contains(lspFactor)) {
			throw new IllegalArgumentException("--lsp-factor " + lspFactor + " is not among --factors " + factors);
		}
		Path work = options.has("--work") ? Path.of(options.text("--work", "")) : Files.createTempDirectory("itup-bench");
		Harness.Settings settings = new Harness.Settings(factors, options.number("--seed", ScaleCommand.DEFAULT_SEED, 0),
				(int) options.number("--warmups", 1, 0), (int) options.number("--reps", 3, 1), lspFactor,
				(int) options.number("--lsp-samples", 50, 1), work, itupJar(options));
		String table = new Harness(settings, err).run();
		out.print(table);
		return 0;
	}

	private static List<Integer> factors(String list) {
		try {
			List<Integer> factors = Arrays.stream(list.split(",")).map(String::trim).map(Integer::parseInt).sorted()
					.distinct().toList();
			if (factors.isEmpty() || factors.get(0) < 1) {
				throw new IllegalArgumentException("--factors takes whole numbers of at least 1, not '" + list + "'");
			}
			return factors;
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException("--factors takes a comma-separated list of whole numbers, not '"
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
