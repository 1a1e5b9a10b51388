package org.itup.bench;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

/**
 * {@code bench/run}: {@code scale} writes scaled plans, {@code run} (the default) measures and prints the table of
 * docs/performance.md. Usage problems exit with 2 and say what is wrong; a failed measurement exits with 3.
 */
public final class Bench {

	static final String USAGE = """
			Usage: bench/run [run] [--factors 1,10,100] [--reps N] [--warmups N] [--seed N] [--lsp-samples N]
			                       [--lsp-factor N|none] [--work DIR] [--itup-jar FILE]
			                       [--split-goals N,N...] [--large-mb M]
			       bench/run scale --factor N [--seed N] -o DIR

			run    writes the scaled plans of every factor, measures them and prints one Markdown table with the
			       budgets of docs/performance.md (defaults: factors 1,10,100, 3 repetitions after 1 warm-up,
			       seed 71, 50 language-server samples on the largest factor); --factors none leaves that
			       table out. --split-goals checks one plan split into N one-goal files (for each N) and
			       --large-mb one plan in one file of M MB, in a second table with their budgets
			scale  only writes N times the ITU example's structure into DIR (same factor and seed, same bytes)
			""";

	private Bench() {
	}

	public static void main(String[] args) {
		System.exit(run(Arrays.asList(args), System.out, System.err));
	}

	static int run(List<String> args, PrintStream out, PrintStream err) {
		if (args.contains("-h") || args.contains("--help")) {
			out.print(USAGE);
			return 0;
		}
		try {
			if (!args.isEmpty() && args.get(0).equals("scale")) {
				return ScaleCommand.run(args.subList(1, args.size()), out);
			}
			List<String> options = !args.isEmpty() && args.get(0).equals("run") ? args.subList(1, args.size()) : args;
			return RunCommand.run(options, out, err);
		} catch (IllegalArgumentException e) {
			err.println("bench: " + e.getMessage());
			err.print(USAGE);
			return 2;
		} catch (Exception e) {
			err.println("bench: the measurement failed: " + e);
			return 3;
		}
	}
}
