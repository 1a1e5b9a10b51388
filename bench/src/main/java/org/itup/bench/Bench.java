package org.itup.bench;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code bench/run}: {@code scale} writes scaled plans, {@code run} (the default) measures and prints the table of
 * docs/performance.md. Usage problems exit with 2 and say what is wrong; a failed measurement exits with 3. The
 * usage text is picocli's, from the commands' own annotations, so it cannot drift from the options they read.
 */
@Command(name = "bench/run", synopsisSubcommandLabel = "[run|scale]", description = {
		"Measures itup on scaled copies of the ITU example and prints the table of docs/performance.md.",
		"Progress goes to standard error, the table to standard output. Without a command it runs 'run'." })
public final class Bench {

	private Bench() {
	}

	public static void main(String[] args) {
		System.exit(run(Arrays.asList(args), System.out, System.err));
	}

	static int run(List<String> args, PrintStream out, PrintStream err) {
		if (args.contains("-h") || args.contains("--help")) {
			out.print(usage());
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
			err.print(usage());
			return 2;
		} catch (Exception e) {
			err.println("bench: the measurement failed: " + e);
			return 3;
		}
	}

	/** The whole usage: this command's, then each sub-command's with its options. */
	static String usage() {
		CommandLine bench = new CommandLine(new Bench()).addSubcommand(new RunCommand())
				.addSubcommand(new ScaleCommand());
		StringBuilder usage = new StringBuilder(bench.getUsageMessage());
		bench.getSubcommands().values().forEach(command -> usage.append(System.lineSeparator())
				.append(command.getUsageMessage()));
		return usage.toString();
	}
}
