package org.itup.cli.robust;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code itup generate} killed with SIGKILL over the folder a complete run left, as a person regenerating would:
 * first while the report is being written (a run's temporary file exists), until a kill lands there, then at a
 * seeded moment. After each kill every file with its final name is still complete (the same bytes as an
 * uninterrupted run's) and nothing appeared outside the folder; a normal run afterwards completes, removes the
 * temporary files and leaves exactly the uninterrupted run's files.
 */
class KilledGenerationIT {

	private static final long TIMEOUT_SECONDS = 300;

	/** The largest output (about 2.9 MB for this plan), so its write lasts long enough for a kill to land in it. */
	private static final String REPORT = "index.html";

	/** Kills aimed at the report's write; each that misses (the write ended first) costs one more run. */
	private static final int MID_WRITE_ATTEMPTS = 4;

	@TempDir
	Path sandbox;

	@Test
	void killedRunsLeaveOnlyCompleteFilesAndTheNextRunCleansUp() throws Exception {
		Path plans = sandbox.resolve("plans");
		Files.createDirectories(plans);
		Files.writeString(plans.resolve("large.itup"), LargePlanText.of("large", 250_000));
		long started = System.nanoTime();
		assertGenerated(generate("reference"));
		long referenceMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
		List<String> reference = OutputFiles.of(reference());
		copyReferenceTo(out());
		List<Path> before = entriesOutsideOutput();

		List<String> landed = killWhileTheReportIsWritten(reference, before);
		// in the test's output, so a run shows which attempt landed and how much of the report was written by then
		System.out.println("killed while writing " + REPORT + ": " + String.join(", ", landed));
		long delay = new Random(20261201L).nextLong(referenceMillis);
		Process process = start();
		Thread.sleep(delay);
		GenerationKill.kill(process);
		assertOnlyCompleteFiles(reference, before, "after " + delay + " ms");

		assertGenerated(generate("out"));
		assertEquals(reference, OutputFiles.of(out()), "a complete run leaves exactly its files, no temporary one");
		assertOnlyCompleteFiles(reference, before, "after the complete run");
	}

	/** Kills runs as they write the report until a kill leaves the run's temporary file behind; returns its name. */
	private List<String> killWhileTheReportIsWritten(List<String> reference, List<Path> before) throws Exception {
		for (int attempt = 1; attempt <= MID_WRITE_ATTEMPTS; attempt++) {
			List<String> left = new GenerationKill(out(), REPORT).killWhileWriting(this::start, TIMEOUT_SECONDS);
			assertOnlyCompleteFiles(reference, before, "after kill " + attempt + " while writing " + REPORT);
			if (!left.isEmpty()) {
				long full = Files.size(reference().resolve(REPORT));
				List<String> described = new ArrayList<>();
				for (String name : left) {
					described.add(name + " (" + Files.size(out().resolve(name)) + " of " + full + " bytes, attempt "
							+ attempt + ")");
				}
				return described;
			}
		}
		throw new AssertionError("none of " + MID_WRITE_ATTEMPTS + " kills landed while " + REPORT + " was being"
				+ " written (each time the write ended before the process did), so the mid-write case is unproven");
	}

	/** Every file with a final name is byte for byte the reference's; only temporary files may be extra. */
	private void assertOnlyCompleteFiles(List<String> reference, List<Path> before, String when) throws IOException {
		for (String name : OutputFiles.finalNames(out())) {
			assertTrue(reference.contains(name), () -> when + ": unexpected file " + name);
			assertArrayEquals(Files.readAllBytes(reference().resolve(name)), Files.readAllBytes(out().resolve(name)),
					() -> when + ": " + name + " is not complete");
		}
		assertFalse(OutputFiles.finalNames(out()).isEmpty(), () -> when + ": the previous run's files are gone");
		assertEquals(before, entriesOutsideOutput(), () -> when + ": something was written outside the folder");
	}

	private Process start() throws IOException {
		return ItupJar.start(sandbox, sandbox.resolve("logs"), "generate", "plans", "-o", "out");
	}

	private ItupJar.Result generate(String output) throws Exception {
		return ItupJar.run(sandbox, sandbox.resolve("logs"), TIMEOUT_SECONDS, "generate", "plans", "-o", output);
	}

	private static void assertGenerated(ItupJar.Result run) {
		assertEquals(0, run.exitCode(), run::toString);
		run.assertNoCrash();
	}

	/** The folder a complete run left: what each killed run overwrites. */
	private void copyReferenceTo(Path folder) throws IOException {
		for (String name : OutputFiles.of(reference())) {
			Files.createDirectories(folder.resolve(name).getParent());
			Files.copy(reference().resolve(name), folder.resolve(name));
		}
	}

	private Path out() {
		return sandbox.resolve("out");
	}

	private Path reference() {
		return sandbox.resolve("reference");
	}

	/** Everything in the sandbox but the output folders and the logs, to show the generator wrote nothing there. */
	private List<Path> entriesOutsideOutput() throws IOException {
		List<Path> entries = new ArrayList<>();
		try (Stream<Path> walk = Files.walk(sandbox)) {
			walk.filter(path -> !path.startsWith(out()) && !path.startsWith(sandbox.resolve("logs"))
					&& !path.startsWith(reference())).sorted().forEach(entries::add);
		}
		return entries;
	}
}
