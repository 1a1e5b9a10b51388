package org.itup.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;

/**
 * The Neovim setup docs/editors.md gives, run as written: the test takes the Lua block of its Neovim section as the
 * init.lua of a headless Neovim (the machine's, 0.7 on Debian 12), opens a plan file, and checks what a planner
 * would see (script: src/test/resources/nvim/setup-check.lua). A machine without {@code nvim} fails this test.
 */
class NeovimSetupIT {

	private static final Pattern DOCUMENTED_SETUP = Pattern.compile("## Neovim\\n.*?```lua\\n(.*?)```",
			Pattern.DOTALL);

	@TempDir
	Path workspace;

	@Test
	void theDocumentedSetupStartsTheServerForAPlanFile() throws Exception {
		copyExample();
		Files.writeString(workspace.resolve("draft.itup"), "plan itu2020\ngoal 9 \"Draft\" {\n");
		Path init = workspace.resolve("init.lua");
		Files.writeString(init, documentedSetup().replace("/path/to/itup", RepositoryRoot.path().toString()));

		Map<String, JsonElement> results = runNeovim(init, "draft.itup", "itu-r.itup");

		assertEquals("itup", results.get("filetype").getAsString(), "the filetype of a .itup file");
		assertTrue(results.get("attached").getAsBoolean(), "the itup server did not attach to the plan file");
		JsonArray diagnostics = results.get("diagnostics").getAsJsonArray();
		assertFalse(diagnostics.isEmpty(), "the unclosed goal of draft.itup is not shown");
		assertTrue(results.get("sameServer").getAsBoolean(), "a second file of the plan started another server");
	}

	private static String documentedSetup() throws IOException {
		String editors = Files.readString(RepositoryRoot.path().resolve("docs/editors.md"));
		Matcher setup = DOCUMENTED_SETUP.matcher(editors);
		assertTrue(setup.find(), "docs/editors.md has no Lua block in its Neovim section");
		return setup.group(1);
	}

	private Map<String, JsonElement> runNeovim(Path init, String file, String secondFile)
			throws IOException, InterruptedException {
		Path jar = RepositoryRoot.path().resolve("bundles/org.itup.cli/target/itup.jar");
		assertTrue(Files.isRegularFile(jar), "the packaged command line is missing: " + jar);
		Path check = Path.of(getClass().getResource("/nvim/setup-check.lua").getPath());
		ProcessBuilder builder = new ProcessBuilder("nvim", "--headless", "-u", init.toString(), "-c",
				"luafile " + check, file).directory(workspace.toFile()).redirectErrorStream(true);
		builder.environment().put("ITUP_SECOND_FILE", workspace.resolve(secondFile).toString());
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
		for (String name : new String[] { "filetype", "attached", "diagnostics", "sameServer" }) {
			assertTrue(results.containsKey(name), "no " + name + " in the Neovim session's output:\n" + output);
		}
		return results;
	}

	private void copyExample() throws IOException {
		try (Stream<Path> files = Files.list(RepositoryRoot.itu2020Example())) {
			for (Path file : (Iterable<Path>) files::iterator) {
				Files.copy(file, workspace.resolve(file.getFileName()));
			}
		}
	}
}
