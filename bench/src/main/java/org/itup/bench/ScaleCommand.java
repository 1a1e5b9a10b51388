package org.itup.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.itup.bench.scale.ScaledPlans;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bench/run scale --factor N [--seed N] -o DIR}: writes the scaled plans and says what it wrote. */
@Command(name = "scale", description = { "Only writes N times the ITU example's structure into DIR (same factor and seed, same bytes)." })
final class ScaleCommand {

	static final long DEFAULT_SEED = 71;

	@Option(names = "--factor", paramLabel = "N", description = "how many copies of the example's plan")
	private Integer factor;

	@Option(names = "--seed", paramLabel = "N", description = "seed of the scaled plans (default 71)")
	private long seed = DEFAULT_SEED;

	@Option(names = "-o", paramLabel = "DIR", description = "folder to write them to")
	private Path folder;

	ScaleCommand() {
	}

	static int run(List<String> args, PrintStream out) throws IOException {
		ScaleCommand command = new ScaleCommand();
		Options.parse(command, args);
		return command.write(out);
	}

	private int write(PrintStream out) throws IOException {
		if (factor == null || folder == null) {
			throw new IllegalArgumentException("scale needs --factor N and -o DIR");
		}
		ScaledPlans.Written written = ScaledPlans.write((int) Options.atLeast("--factor", factor, 1),
				Options.atLeast("--seed", seed, 0), folder);
		out.println("wrote " + written.plans().size() + " plans in " + written.files().size() + " files to "
				+ folder.toAbsolutePath().normalize());
		return 0;
	}
}
