package org.itup.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;

import org.itup.test.support.RepositoryRoot;

/**
 * Neovim run headless on a copy of the ITU example, with a Lua script that prints "RESULT name json" lines and "DONE"
 * at its end: the end-to-end tests' real language client. A machine without {@code nvim} fails the test.
 */
final class HeadlessNeovim {

	private HeadlessNeovim() {
	}

	/** The packaged command line the client starts as its language server. */
	static Path packagedJar() {
		Path jar = RepositoryRoot.path().resolve("bundles/org.itup.cli/target/itup.jar");
		assertTrue(Files.isRegularFile(jar), "the packaged command line is missing: " + jar);
		return jar;
	}

	static void copyItuExample(Path workspace) throws IOException {
		try (Stream<Path> files = Files.list(RepositoryRoot.itu2020Example())) {
			for (Path file : (Iterable<Path>) files::iterator) {
				Files.copy(file, workspace.resolve(file.getFileName()));
			}
		}
	}

	/** Runs {@code nvim --headless} with the given arguments in the workspace and returns its results by name. */
	static Map<String, JsonElement> run(Path workspace, Map<String, String> environment, String... arguments)
			throws IOException, InterruptedException {
		String[] command = Stream.concat(Stream.of("nvim", "--headless"), Stream.of(arguments)).toArray(String[]::new);
		ProcessBuilder builder = new ProcessBuilder(command).directory(workspace.toFile()).redirectErrorStream(true);
		builder.environment().putAll(environment);
		Process process;
		try {
			process = builder.start();
		} catch (IOException e) {
			return fail("Neovim (nvim) is needed for this test and could not be started: " + e.getMessage()
					+ "; install the Debian package neovim (.ci/run does)");
		}
		process.getOutputStream().close();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(process.waitFor(5, TimeUnit.MINUTES), "nvim did not exit");
		assertTrue(output.lines().anyMatch("DONE"::equals), "the Neovim session did not finish:\n" + output);
		Map<String, JsonElement> results = new HashMap<>();
		output.lines().filter(line -> line.startsWith("RESULT ")).forEach(line -> {
			String[] parts = line.split(" ", 3);
			results.put(parts[1], JsonParser.parseString(parts[2]));
		});
		return results;
	}

	/** The path of a test resource (a Lua script). */
	static Path script(String resource) {
		return Path.of(HeadlessNeovim.class.getResource(resource).getPath());
	}
}
