package org.itup.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonElement;

/**
 * End to end with a language client no one here wrote: Neovim's built-in client, headless, runs
 * {@code java -jar target/itup.jar lsp} on a copy of the ITU example (script: src/test/resources/nvim). A machine
 * without {@code nvim} fails this test: .ci/run installs it.
 */
class NeovimLspIT {

	@TempDir
	Path workspace;

	@Test
	void neovimCompletesHoversJumpsFixesFoldsAndRenamesAcrossFiles() throws Exception {
		HeadlessNeovim.copyItuExample(workspace);
		Path planFile = workspace.resolve("plan.itup");
		Files.writeString(planFile, Files.readString(planFile).replace("target 1.4 ", "target 1.9 "));
		Map<String, JsonElement> results = runNeovim();

		assertEquals("Renumber to '1.4'", results.get("codeAction").getAsString());
		assertTrue(results.get("findingGone").getAsBoolean(), "the TargetNumbering finding stayed after the fix");
		assertTrue(Files.readString(planFile).contains("    target 1.4 \"By 2023, all countries adopt"),
				"the fix did not reach the file");
		assertTrue(results.get("foldingProvider").getAsBoolean(), "folding not announced");
		List<Integer> foldStarts = results.get("folding").getAsJsonArray().asList().stream()
				.map(f -> f.getAsJsonObject().get("startLine").getAsInt()).toList();
		assertTrue(foldStarts.containsAll(List.of(0, lineOf("plan.itup", "goal 1 \"Growth\""))), foldStarts.toString());

		List<String> completion = results.get("completion").getAsJsonArray().asList().stream()
				.map(JsonElement::getAsString).toList();
		assertTrue(completion.containsAll(List.of("1 - Growth", "5 - Partnership")), completion.toString());

		String hover = results.get("hover").getAsString();
		assertTrue(hover.startsWith("**Objective R.1 - Spectrum/orbit regulation and management**"), hover);
		assertTrue(hover.contains("- Primary goals: 1 - Growth; 2 - Inclusiveness; 3 - Sustainability; "
				+ "4 - Innovation\n- Secondary goals: 5 - Partnership"), hover);

		var definition = results.get("definition").getAsJsonObject();
		assertEquals(workspace.resolve("plan.itup").toUri().getPath(),
				Path.of(java.net.URI.create(definition.get("uri").getAsString())).toUri().getPath());
		assertEquals(lineOf("plan.itup", "goal 1 \"Growth\""),
				definition.getAsJsonObject("range").getAsJsonObject("start").get("line").getAsInt());

		String plan = Files.readString(workspace.resolve("plan.itup"));
		assertTrue(plan.contains("goal 6 \"Partnership\""), "goal 5 not renamed in plan.itup");
		assertTrue(Files.readString(workspace.resolve("itu-r.itup")).contains("secondary goal 6\n"),
				"reference to goal 5 not renamed in itu-r.itup");
		assertTrue(Files.readString(workspace.resolve("itu-d.itup")).contains("primary goals 2, 6\n"),
				"reference to goal 5 not renamed in itu-d.itup");

		assertEquals("Cannot rename 4 to 3: goal 3 already exists in this plan. Choose a code no other goal uses.",
				results.get("renameToExisting").getAsJsonObject().get("error").getAsString());
	}

	private Map<String, JsonElement> runNeovim() throws IOException, InterruptedException {
		return HeadlessNeovim.run(workspace,
				Map.of("ITUP_JAR", HeadlessNeovim.packagedJar().toString(), "ITUP_WORKSPACE", workspace.toString()),
				"-u", "NONE", "-c", "luafile " + HeadlessNeovim.script("/nvim/itup-lsp-session.lua"));
	}

	private int lineOf(String file, String marker) throws IOException {
		List<String> lines = Files.readAllLines(workspace.resolve(file));
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).contains(marker)) {
				return i;
			}
		}
		return fail(marker + " not in " + file);
	}
}
