package org.itup.dsl.ide.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.lsp4j.DidChangeWorkspaceFoldersParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.WorkspaceFoldersChangeEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15: the first build of a folder parses its files on several threads before the builder runs. A file the
 * editor already has open must still be checked with the text the editor holds, not the copy on disk. The editor
 * opens a plan file, unsaved text naming goal 9 where the disk names goal 8, and then adds its folder to the
 * workspace (a second root, as VS Code does), so the folder's first build meets the open document.
 */
class PlanManyFilesBuildLspTest {

	private PlanServerSession session;

	private Path added;

	@BeforeEach
	void start(@TempDir Path folder, @TempDir Path other) throws Exception {
		SplitPlanFiles.write(folder);
		session = PlanServerSession.on(folder, null);
		SplitPlanFiles.write(other);
		Files.writeString(other.resolve("sector-d.itup"), sector("goals 1, 8"));
		added = other;
	}

	@AfterEach
	void stop() throws Exception {
		session.close();
	}

	@Test
	void anOpenDocumentsUnsavedTextWinsOverTheDiskAtAFoldersFirstBuild() throws Exception {
		String file = PlanServerSession.uri(added.resolve("sector-d.itup"));
		session.server.getTextDocumentService()
				.didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(file, "itup", 1, sector("goals 1, 9"))));
		session.server.getWorkspaceService().didChangeWorkspaceFolders(new DidChangeWorkspaceFoldersParams(
				new WorkspaceFoldersChangeEvent(List.of(new WorkspaceFolder(PlanServerSession.uri(added), "more")),
						List.of())));
		session.await(() -> session.diagnostics.containsKey(PlanServerSession.uri(added.resolve("main.itup"))),
				"the added folder built");
		session.await(() -> missingGoals(file).equals(List.of("9")), "goal 9 reported missing from the unsaved text");

		// closed, the file is the disk's again: the test tells the two texts apart
		session.server.getTextDocumentService().didClose(new DidCloseTextDocumentParams(new TextDocumentIdentifier(file)));
		session.await(() -> missingGoals(file).equals(List.of("8")), "goal 8 reported missing from the disk's text");
		assertEquals(List.of(), session.errorsLogged);
	}

	private static String sector(String goals) {
		return SplitPlanFiles.SECTOR_D.replace("goals 1, 2", goals);
	}

	/** The goal codes the file names that its plan does not have. */
	private List<String> missingGoals(String file) {
		String marker = "There is no goal '";
		var published = session.diagnostics.get(file);
		return published == null ? List.of() : published.getDiagnostics().stream().map(d -> d.getMessage().getLeft())
				.filter(m -> m.startsWith(marker))
				.map(m -> m.substring(marker.length(), m.indexOf('\'', marker.length()))).toList();
	}
}
