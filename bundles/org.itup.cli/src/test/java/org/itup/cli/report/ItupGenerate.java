package org.itup.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code java -jar itup.jar generate PLAN -o OUT --formats html,svg} in a process of its own, as a reviewer's report
 * is made: the tests then read what the packaged command wrote, not what a class inside the test run returns.
 */
final class ItupGenerate {

	private static final long TIMEOUT_SECONDS = 300;

	private ItupGenerate() {
	}

	static Path report(Path plans, Path output) throws IOException, InterruptedException {
		Path jar = TestFolders.root().resolve("bundles/org.itup.cli/target/itup.jar");
		assertTrue(Files.isRegularFile(jar), jar + " is missing: these tests run after packaging (failsafe)");
		Path log = Files.createTempFile("itup-generate", ".txt");
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Process process = new ProcessBuilder(List.of(java, "-jar", jar.toString(), "generate", plans.toString(), "-o",
				output.toString(), "--formats", "html,svg")).redirectErrorStream(true).redirectOutput(log.toFile())
				.start();
		if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
			process.destroyForcibly().waitFor();
			throw new AssertionError("itup generate did not finish in " + TIMEOUT_SECONDS + " s");
		}
		String printed = Files.readString(log, StandardCharsets.UTF_8);
		Files.delete(log);
		assertEquals(0, process.exitValue(), printed);
		return output;
	}
}
