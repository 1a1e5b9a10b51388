package org.itup.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** bench/run's options: a wrong one exits 2 naming it before anything is measured; the right ones are read. */
class BenchUsageTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "scale --frobnicate 1|unknown option", "scale --factor 1|scale needs --factor N and -o DIR",
			"scale --factor 0 -o x|--factor must be at least 1, not 0", "scale --factor x -o x|--factor",
			"run --reps 0|--reps must be at least 1, not 0", "run --factors 1,x|--factors takes a comma-separated list",
			"run --factors 1 --lsp-factor 10|--lsp-factor 10 is not among --factors [1]",
			"run --factors 100,1000 --lsp-factor 1000|--lsp-factor 1000: the language server is measured up to 100x", "run --seed|--seed",
			"--warmups -1 --factors none|--warmups must be at least 0, not -1" })
	void wrongOptionsExit2NamingWhatIsWrong(String commandLine, String expected) {
		Run run = Run.of(commandLine.split(" "));

		assertEquals(2, run.exitCode, run::toString);
		assertTrue(run.err.startsWith("bench: ") && run.err.contains(expected), run::toString);
		assertTrue(run.err.contains("Usage: bench/run"), run::toString);
	}

	@Test
	void helpListsEveryCommandWithItsOptions() {
		Run run = Run.of("--help");

		assertEquals(0, run.exitCode, run::toString);
		for (String expected : new String[] { "Usage: bench/run [run|scale]", "Usage: bench/run run", "--factors=N,N...|none",
				"--lsp-factor=N|none", "--split-goals=N,N...", "Usage: bench/run scale", "--factor=N", "-o=DIR" }) {
			assertTrue(run.out.contains(expected), () -> expected + " missing from " + run.out);
		}
	}

	@Test
	void scaleReadsItsOptionsEitherWay(@TempDir Path folder) {
		Run spaced = Run.of("scale", "--factor", "1", "--seed", "5", "-o", folder.resolve("a").toString());
		Run joined = Run.of("scale", "--factor=1", "--seed=5", "-o", folder.resolve("b").toString());

		assertEquals(0, spaced.exitCode, spaced::toString);
		assertEquals(0, joined.exitCode, joined::toString);
		assertTrue(spaced.out.startsWith("wrote "), spaced::toString);
		assertTrue(Files.isDirectory(folder.resolve("b")), joined::toString);
	}

	private record Run(int exitCode, String out, String err) {

		static Run of(String... args) {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ByteArrayOutputStream err = new ByteArrayOutputStream();
			int exitCode = Bench.run(Arrays.asList(args), new PrintStream(out, true, StandardCharsets.UTF_8),
					new PrintStream(err, true, StandardCharsets.UTF_8));
			return new Run(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
		}
	}
}
