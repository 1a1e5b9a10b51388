package org.itup.cli.robust;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The packaged command line as users start it, {@code java -Xmx512m -jar itup.jar ...}, in a process of its own: a
 * small heap shows whether big inputs are read without running out of memory, and a separate process can be killed.
 */
final class ItupJar {

	static final String HEAP = "-Xmx512m";

	private static final List<String> CRASH_SIGNS = List.of("Exception", "\tat ", "OutOfMemory", "StackOverflow",
			"internal error", "internal problem", "ran out of memory");

	private ItupJar() {
	}

	static Path jar() {
		String root = System.getProperty("itup.root.dir");
		assertNotNull(root, "system property itup.root.dir is not set (the pom's failsafe configuration sets it)");
		Path jar = Path.of(root, "bundles/org.itup.cli/target/itup.jar");
		assertTrue(Files.isRegularFile(jar), jar + " is missing: these tests run after packaging (failsafe)");
		return jar;
	}

	/** Starts the command with its output going to files in {@code logs}, so a full pipe never blocks it. */
	static Process start(Path workingDirectory, Path logs, String... args) throws IOException {
		return start(List.of(), workingDirectory, logs, args);
	}

	/** Starts the command through a launcher, such as one that runs it as another user. */
	static Process start(List<String> launcher, Path workingDirectory, Path logs, String... args) throws IOException {
		List<String> command = new ArrayList<>(launcher);
		command.addAll(List.of(javaExecutable(), HEAP, "-jar", jar().toString()));
		command.addAll(List.of(args));
		Files.createDirectories(logs);
		return new ProcessBuilder(command).directory(workingDirectory.toFile())
				.redirectOutput(logs.resolve("out.txt").toFile()).redirectError(logs.resolve("err.txt").toFile())
				.start();
	}

	/** Runs the command to its end; one that outlives the timeout is killed and fails the test. */
	static Result run(Path workingDirectory, Path logs, long timeoutSeconds, String... args)
			throws IOException, InterruptedException {
		return run(List.of(), workingDirectory, logs, timeoutSeconds, args);
	}

	static Result run(List<String> launcher, Path workingDirectory, Path logs, long timeoutSeconds, String... args)
			throws IOException, InterruptedException {
		Process process = start(launcher, workingDirectory, logs, args);
		if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
			process.destroyForcibly().waitFor();
			throw new AssertionError("itup " + String.join(" ", args) + " did not finish in " + timeoutSeconds + " s");
		}
		return new Result(process.exitValue(), Files.readString(logs.resolve("out.txt"), StandardCharsets.UTF_8),
				Files.readString(logs.resolve("err.txt"), StandardCharsets.UTF_8));
	}

	private static String javaExecutable() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	record Result(int exitCode, String out, String err) {

		/** No trace, no exception class, no exhausted heap or stack: whatever the input, the user reads sentences. */
		void assertNoCrash() {
			for (String stream : List.of(out, err)) {
				for (String sign : CRASH_SIGNS) {
					assertFalse(stream.contains(sign), () -> "'" + sign + "' reached the user:\n" + this);
				}
			}
		}

		@Override
		public String toString() {
			return "exit " + exitCode + "\n--- stdout\n" + shortened(out) + "--- stderr\n" + shortened(err);
		}

		private static String shortened(String text) {
			return text.length() <= 4000 ? text : text.substring(0, 4000) + "\n... (" + text.length() + " chars)\n";
		}
	}
}
