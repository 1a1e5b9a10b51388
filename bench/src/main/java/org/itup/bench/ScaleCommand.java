package org.itup.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.itup.bench.scale.ScaledPlans;

/** {@code bench/run scale --factor N [--seed N] -o DIR}: writes the scaled plans and says what it wrote. */
final class ScaleCommand {

	static final long DEFAULT_SEED = 71;

	private ScaleCommand() {
	}

	static int run(List<String> args, PrintStream out) throws IOException {
		Options options = Options.parse(args, Set.of("--factor", "--seed", "-o"));
		if (!options.has("--factor") || !options.has("-o")) {
			throw new IllegalArgumentException("scale needs --factor N and -o DIR");
		}
		int factor = (int) options.number("--factor", 1, 1);
		Path folder = Path.of(options.text("-o", "."));
		ScaledPlans.Written written = ScaledPlans.write(factor, options.number("--seed", DEFAULT_SEED, 0), folder);
		out.println("wrote " + written.plans().size() + " plans in " + written.files().size() + " files to "
				+ folder.toAbsolutePath().normalize());
		return 0;
	}
}
