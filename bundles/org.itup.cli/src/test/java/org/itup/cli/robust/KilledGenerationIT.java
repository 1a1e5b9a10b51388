package org.itup.cli.robust;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.itup.generator.OutputFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code itup generate} killed with SIGKILL at several moments, into the same folder again and again as a person
 * retrying would: after each kill every file with its final name is complete (the same bytes as an uninterrupted
 * run's), nothing appeared outside the folder, and a normal run afterwards completes and leaves no temporary file.
 */
class KilledGenerationIT {

	private static final long TIMEOUT_SECONDS = 300;
	private static final int KILLS_AT_RANDOM = 2;

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
		List<String> reference = files(sandbox.resolve("reference"));
		List<Path> before = entriesOutsideOutput();

		killWhenTheFirstFileAppears();
		assertOnlyCompleteFiles(reference, before, "after the first file");
		Random random = new Random(20261201L);
		for (int kill = 0; kill < KILLS_AT_RANDOM; kill++) {
			long delay = random.nextLong(referenceMillis);
			Process process = start();
			Thread.sleep(delay);
			kill(process);
			assertOnlyCompleteFiles(reference, before, "after " + delay + " ms");
		}

		assertGenerated(generate("out"));
		assertEquals(reference, files(sandbox.resolve("out")), "a complete run leaves exactly its files");
		assertOnlyCompleteFiles(reference, before, "after the complete run");
	}

	private void killWhenTheFirstFileAppears() throws Exception {
		Process process = start();
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
		while (finalFiles(sandbox.resolve("out")).isEmpty()) {
			assertTrue(process.isAlive() && System.nanoTime() < deadline, "generation wrote no file before ending");
			Thread.sleep(5);
		}
		kill(process);
	}

	private static void kill(Process process) throws InterruptedException {
		process.destroyForcibly();
		assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the killed process did not end");
	}

	/** Every file with a final name is byte for byte the reference's; only temporary files may be extra. */
	private void assertOnlyCompleteFiles(List<String> reference, List<Path> before, String when) throws IOException {
		Path out = sandbox.resolve("out");
		for (String name : finalFiles(out)) {
			assertTrue(reference.contains(name), () -> when + ": unexpected file " + name);
			assertArrayEquals(Files.readAllBytes(sandbox.resolve("reference").resolve(name)),
					Files.readAllBytes(out.resolve(name)), () -> when + ": " + name + " is not complete");
		}
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

	/** Files of the output folder with their final names: everything but the temporary files of killed writes. */
	private static List<String> finalFiles(Path folder) throws IOException {
		return files(folder).stream().filter(name -> !name.endsWith(OutputFolder.PARTIAL)).toList();
	}

	private static List<String> files(Path folder) throws IOException {
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		try (Stream<Path> walk = Files.walk(folder)) {
			return walk.filter(Files::isRegularFile).map(file -> folder.relativize(file).toString().replace('\\', '/'))
					.sorted().toList();
		}
	}

	/** Everything in the sandbox but the output folders and the logs, to show the generator wrote nothing there. */
	private List<Path> entriesOutsideOutput() throws IOException {
		List<Path> entries = new ArrayList<>();
		try (Stream<Path> walk = Files.walk(sandbox)) {
			walk.filter(path -> !path.startsWith(sandbox.resolve("out")) && !path.startsWith(sandbox.resolve("logs"))
					&& !path.startsWith(sandbox.resolve("reference"))).sorted().forEach(entries::add);
		}
		return entries;
	}
}
