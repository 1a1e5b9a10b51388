package org.itup.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.itup.test.support.RepositoryRoot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real {@code ./itup} launcher as users run it, in a separate process. It runs after packaging (failsafe), so
 * the jar exists and the launcher does not start a second build of the reactor that is running this test.
 */
class LauncherIT {

	/** Generous: if sources changed during the build, the launcher builds the reactor again before running. */
	private static final long TIMEOUT_MINUTES = 10;

	@TempDir
	Path logs;

	@Test
	void checksTheExampleFromTheRepositoryRoot() throws Exception {
		Path root = RepositoryRoot.path();

		Result result = run(root, "./itup", "check", "examples/itu-2020-2023");

		assertEquals(0, result.exitCode(), result::toString);
		assertObjectives(result);
	}

	@Test
	void keepsPathsRelativeToTheCallersFolder() throws Exception {
		Path examples = RepositoryRoot.itu2020Example().getParent();

		Result result = run(examples, "../itup", "check", "itu-2020-2023", "no-such-folder");

		assertEquals(1, result.exitCode(), result::toString);
		assertTrue(result.out().lines().anyMatch(line -> line.startsWith("no-such-folder: error: no such file or folder")),
				result::toString);
		assertObjectives(result);
	}

	private static void assertObjectives(Result result) {
		assertTrue(Pattern.compile("(?m)^  objectives: +18$").matcher(result.out()).find(), result::toString);
	}

	private Result run(Path workingDirectory, String... command) throws IOException, InterruptedException {
		Path out = Files.createTempFile(logs, "out", ".txt");
		Path err = Files.createTempFile(logs, "err", ".txt");
		Process process = new ProcessBuilder(List.of(command)).directory(workingDirectory.toFile())
				.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
		if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			throw new AssertionError("./itup did not finish in " + TIMEOUT_MINUTES + " minutes");
		}
		return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
				Files.readString(err, StandardCharsets.UTF_8));
	}

	private record Result(int exitCode, String out, String err) {
		@Override
		public String toString() {
			return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
		}
	}
}
