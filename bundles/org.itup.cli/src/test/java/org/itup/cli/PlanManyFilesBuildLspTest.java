package org.itup.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15: a build of many files (the server's first one, or a checkout that changes many files at once) parses
 * them on several threads before the builder runs. A file open in the editor must still be checked with the text the
 * editor holds, not the copy on disk: here the editor's unsaved text names goal 9, the disk's goal 8, and every
 * file of the plan changes on disk at once.
 */
class PlanManyFilesBuildLspTest {

	private static final String SECTOR = SplitPlanFiles.SECTOR_D;

	private PlanServerSession session;

	@BeforeEach
	void start(@TempDir Path folder) throws Exception {
		SplitPlanFiles.write(folder);
		Files.writeString(folder.resolve("sector-t.itup"), SECTOR.replace("D", "T").replace("goals 1, 2", "goal 1"));
		session = PlanServerSession.on(folder, null);
	}

	@AfterEach
	void stop() throws Exception {
		session.close();
	}

	@Test
	void anOpenDocumentsUnsavedTextWinsOverTheDiskWhenManyFilesAreBuilt() throws Exception {
		assertEquals(List.of(), missingGoals());
		session.open("sector-d.itup");
		session.server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
				new VersionedTextDocumentIdentifier(session.uri("sector-d.itup"), 2),
				List.of(new TextDocumentContentChangeEvent(SECTOR.replace("goals 1, 2", "goals 1, 9")))));
		session.await(() -> missingGoals().equals(List.of("9")), "goal 9 reported missing from the unsaved text");

		Files.writeString(session.workspace.resolve("sector-d.itup"), SECTOR.replace("goals 1, 2", "goals 1, 8"));
		session.diagnostics.clear();
		session.server.getWorkspaceService().didChangeWatchedFiles(new DidChangeWatchedFilesParams(List.of(
				changed("main.itup"), changed("sector-d.itup"), changed("sector-t.itup"))));
		session.await(() -> session.diagnostics.size() == 3, "all three files checked again");
		assertEquals(List.of("9"), missingGoals(), "the editor's text, not the disk's");

		// closed, the file is the disk's again: the test tells the two texts apart
		session.server.getTextDocumentService()
				.didClose(new DidCloseTextDocumentParams(session.document("sector-d.itup")));
		session.await(() -> missingGoals().equals(List.of("8")), "goal 8 reported missing from the disk's text");
		assertEquals(List.of(), session.errorsLogged);
	}

	private FileEvent changed(String fileName) {
		return new FileEvent(session.uri(fileName), FileChangeType.Changed);
	}

	/** The goal codes sector-d.itup names that its plan does not have. */
	private List<String> missingGoals() {
		String marker = "There is no goal '";
		return session.diagnosticsOf("sector-d.itup").stream().map(d -> d.getMessage().getLeft())
				.filter(m -> m.startsWith(marker))
				.map(m -> m.substring(marker.length(), m.indexOf('\'', marker.length()))).toList();
	}
}
