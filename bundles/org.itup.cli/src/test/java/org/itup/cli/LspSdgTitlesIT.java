package org.itup.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.itup.test.support.RepositoryRoot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;

/**
 * {@code itup lsp --sdg-titles FOLDER} as an editor starts it: hovering an SDG code shows the title read from the
 * folder named on the command line, with no setting sent by the editor.
 */
class LspSdgTitlesIT {

	@TempDir
	Path workspace;

	@Test
	void hoverShowsTheTitleFromTheFolderGivenOnTheCommandLine() throws Exception {
		Path titles = RepositoryRoot.fixture("sdg-titles-test");
		Path plan = workspace.resolve("plan.itup");
		Files.writeString(plan, """
				plan p
				goal 9 "Infrastructure" {
				    sdg 9.c
				}
				""");
		try (LspProcess server = LspProcess.start(workspace, "--sdg-titles", titles.toString())) {
			server.initialize(workspace);
			server.request(2, "textDocument/hover", "{\"textDocument\":{\"uri\":\"" + LspProcess.uri(plan)
					+ "\"},\"position\":{\"line\":2,\"character\":9}}");
			JsonObject hover = server.response(2);

			String text = hover.toString();
			assertTrue(text.contains("Title of target 9.c used by the tests"), text + "\n" + server.stderr());
		}
	}
}
