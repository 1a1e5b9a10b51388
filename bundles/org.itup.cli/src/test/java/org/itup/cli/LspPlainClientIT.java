package org.itup.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * The editor services a client without any LSP library gets from {@code itup lsp}: quick fixes for findings, and
 * folding, which such a client never describes in its capabilities and may still ask for.
 */
class LspPlainClientIT {

	@TempDir
	Path workspace;

	@Test
	void aFindingsQuickFixComesBackAsACodeAction() throws Exception {
		LspProtocolRobustnessIT.copyItuExample(workspace);
		Path plan = workspace.resolve("plan.itup");
		Files.writeString(plan, Files.readString(plan).replace("target 1.4 ", "target 1.9 "));
		String uri = LspProcess.uri(plan);
		try (LspProcess server = LspProcess.start(workspace)) {
			server.initialize(workspace);
			JsonArray findings = server.diagnostics(uri, params -> !numberingFindings(params).isEmpty())
					.getAsJsonObject("params").getAsJsonArray("diagnostics");
			JsonArray numbering = new JsonArray();
			numberingFindings(findings).forEach(numbering::add);
			JsonObject first = numbering.get(0).getAsJsonObject();
			server.request(2, "textDocument/codeAction", "{\"textDocument\":{\"uri\":\"" + uri + "\"},\"range\":"
					+ first.get("range") + ",\"context\":{\"diagnostics\":" + numbering + "}}");
			JsonArray actions = server.response(2).getAsJsonArray("result");

			assertEquals(numbering.size(), actions.size(), actions.toString());
			JsonObject renumber = actions.get(0).getAsJsonObject();
			assertEquals("Renumber to '1.4'", renumber.get("title").getAsString());
			JsonArray edits = renumber.getAsJsonObject("edit").getAsJsonObject("changes").getAsJsonArray(uri);
			assertEquals("1.4", edits.get(0).getAsJsonObject().get("newText").getAsString());
		}
	}

	@Test
	void foldingIsAnnouncedAndFoldsGoalsSectorsObjectivesAndComments() throws Exception {
		LspProtocolRobustnessIT.copyItuExample(workspace);
		try (LspProcess server = LspProcess.start(workspace)) {
			JsonObject capabilities = server.initialize(workspace).getAsJsonObject("result")
					.getAsJsonObject("capabilities");
			assertTrue(capabilities.has("foldingRangeProvider")
					&& !"false".equals(capabilities.get("foldingRangeProvider").toString()), capabilities.toString());

			List<String> plan = Files.readAllLines(workspace.resolve("plan.itup"));
			List<String> sector = Files.readAllLines(workspace.resolve("itu-r.itup"));
			JsonArray planFolds = folds(server, 2, "plan.itup");
			JsonArray sectorFolds = folds(server, 3, "itu-r.itup");

			assertTrue(folds(planFolds, lineOf(plan, "goal 1 \"Growth\" {"), lineOf(plan, "goal 2 ") - 3), planFolds.toString());
			assertTrue(foldsComment(planFolds, 0, 3), "the opening comment lines 0-3: " + planFolds);
			assertTrue(startsAt(sectorFolds, lineOf(sector, "sector ITU-R")), sectorFolds.toString());
			assertTrue(startsAt(sectorFolds, lineOf(sector, "objective R.1 ")), sectorFolds.toString());
		}
	}

	private static List<JsonElement> numberingFindings(JsonElement diagnostics) {
		JsonArray all = diagnostics.isJsonArray() ? diagnostics.getAsJsonArray()
				: diagnostics.getAsJsonObject().getAsJsonArray("diagnostics");
		return all.asList().stream()
				.filter(d -> d.getAsJsonObject().has("code")
						&& d.getAsJsonObject().get("code").getAsString().endsWith("TargetNumbering"))
				.toList();
	}

	private JsonArray folds(LspProcess server, int id, String file) throws Exception {
		server.request(id, "textDocument/foldingRange",
				"{\"textDocument\":{\"uri\":\"" + LspProcess.uri(workspace.resolve(file)) + "\"}}");
		JsonObject answer = server.response(id);
		assertTrue(answer.has("result"), answer.toString());
		return answer.getAsJsonArray("result");
	}

	private static boolean folds(JsonArray folds, int start, int end) {
		return folds.asList().stream().map(JsonElement::getAsJsonObject)
				.anyMatch(f -> f.get("startLine").getAsInt() == start && f.get("endLine").getAsInt() >= end);
	}

	private static boolean startsAt(JsonArray folds, int start) {
		return folds.asList().stream().anyMatch(f -> f.getAsJsonObject().get("startLine").getAsInt() == start);
	}

	private static boolean foldsComment(JsonArray folds, int start, int end) {
		return folds.asList().stream().map(JsonElement::getAsJsonObject)
				.anyMatch(f -> f.get("startLine").getAsInt() == start && f.get("endLine").getAsInt() == end
						&& f.has("kind") && "comment".equals(f.get("kind").getAsString()));
	}

	private static int lineOf(List<String> lines, String marker) {
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).startsWith(marker) || lines.get(i).trim().startsWith(marker)) {
				return i;
			}
		}
		throw new AssertionError(marker + " not found");
	}
}
