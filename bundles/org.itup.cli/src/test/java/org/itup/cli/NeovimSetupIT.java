package org.itup.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.itup.test.support.RepositoryRoot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;

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
		HeadlessNeovim.copyItuExample(workspace);
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
		HeadlessNeovim.packagedJar();
		Map<String, JsonElement> results = HeadlessNeovim.run(workspace,
				Map.of("ITUP_SECOND_FILE", workspace.resolve(secondFile).toString()), "-u", init.toString(), "-c",
				"luafile " + HeadlessNeovim.script("/nvim/setup-check.lua"), file);
		for (String name : new String[] { "filetype", "attached", "diagnostics", "sameServer" }) {
			assertTrue(results.containsKey(name), "no " + name + " in the Neovim session's results: " + results);
		}
		return results;
	}
}
