package org.itup.dsl.ide.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a planner does to the server while typing: half-typed files, a deleted file others rely on, and a burst of
 * edits. The server must keep answering, and its diagnostics must describe the last text it was sent.
 */
class PlanServerRobustnessLspTest {

	private PlanServerSession session;

	@BeforeEach
	void start() throws Exception {
		session = PlanServerSession.onItuExample();
	}

	@AfterEach
	void stop() throws Exception {
		session.close();
	}

	@Test
	void everyPrefixOfASectorFileGetsAnswersNotACrash() throws Exception {
		String full = session.text("itu-r.itup");
		session.open("itu-r.itup");
		int version = 1;
		for (int length = full.length(); length > 0; length -= full.length() / 20 + 1) {
			String halfTyped = full.substring(0, length);
			replaceAll("itu-r.itup", ++version, halfTyped);
			Position end = endOf(halfTyped);
			assertNotNull(session.server.getTextDocumentService().completion(new CompletionParams(
					session.document("itu-r.itup"), end)).get(PlanServerSession.TIMEOUT_SECONDS, TimeUnit.SECONDS));
			session.server.getTextDocumentService().hover(new HoverParams(session.document("itu-r.itup"), end))
					.get(PlanServerSession.TIMEOUT_SECONDS, TimeUnit.SECONDS);
			session.server.getTextDocumentService().documentSymbol(new DocumentSymbolParams(
					session.document("itu-r.itup"))).get(PlanServerSession.TIMEOUT_SECONDS, TimeUnit.SECONDS);
		}
		assertEquals(List.of(), session.errorsLogged);
	}

	@Test
	void deletingTheFileWithTheGoalsTurnsReferencesIntoErrorsAndTheServerGoesOn() throws Exception {
		Files.writeString(session.workspace.resolve("operations.itup"), """
				plan operations
				import itu2020
				sector OPS "Operations" {
				    objective OPS.1 "Run" {
				        primary goal 1
				    }
				}
				""");
		session.server.getWorkspaceService().didChangeWatchedFiles(new DidChangeWatchedFilesParams(List.of(
				new FileEvent(session.uri("operations.itup"), FileChangeType.Created))));
		session.await(() -> session.diagnostics.containsKey(session.uri("operations.itup")), "operations checked");
		assertEquals(List.of(), errors("operations.itup"));

		Files.delete(session.workspace.resolve("plan.itup"));
		session.server.getWorkspaceService().didChangeWatchedFiles(new DidChangeWatchedFilesParams(List.of(
				new FileEvent(session.uri("plan.itup"), FileChangeType.Deleted))));
		session.await(() -> !errors("itu-r.itup").isEmpty(), "unresolved goals reported in itu-r.itup");
		session.await(() -> !errors("operations.itup").isEmpty(), "unresolved goal reported in the importing plan");
		assertEquals(session.positionOf("operations.itup", "primary goal 1", "primary goal ".length()),
				errors("operations.itup").get(0).getRange().getStart());
		Diagnostic first = errors("itu-r.itup").get(0);
		assertEquals(session.positionOf("itu-r.itup", "primary goals 1", "primary goals ".length()),
				first.getRange().getStart());
		assertNotNull(session.server.getTextDocumentService().hover(new HoverParams(session.document("itu-r.itup"),
				session.positionOf("itu-r.itup", "objective R.1 ", 10))).get(PlanServerSession.TIMEOUT_SECONDS,
						TimeUnit.SECONDS));
	}

	@Test
	void afterABurstOfEditsTheDiagnosticsDescribeTheLastText() throws Exception {
		String original = session.text("itu-r.itup");
		session.open("itu-r.itup");
		long start = System.nanoTime();
		int version = 1;
		for (int i = 0; i < 300; i++) {
			// each state names a different goal that does not exist, so a diagnostic tells which state it is of
			replaceAll("itu-r.itup", ++version, original.replace("primary goals 1, 2, 3, 4",
					"primary goals 1, 2, 3, " + (1000 + i)));
		}
		long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
		assertTrue(millis < 1000, "300 edits took " + millis + " ms to send, not a burst");
		session.await(() -> messages().stream().anyMatch(m -> m.contains("1299")), "diagnostics of the last edit");
		Thread.sleep(1000); // a late publication of an older state would arrive now
		List<String> messages = messages();
		assertEquals(1, messages.size(), messages.toString());
		assertTrue(messages.get(0).contains("1299"), messages.toString());
		Diagnostic only = errors("itu-r.itup").get(0);
		assertEquals(session.positionOf("itu-r.itup", "primary goals 1, 2, 3, 4", "primary goals 1, 2, 3, ".length()),
				only.getRange().getStart());
	}

	private List<Diagnostic> errors(String file) {
		return session.diagnosticsOf(file).stream().filter(d -> d.getSeverity() == DiagnosticSeverity.Error)
				.toList();
	}

	private List<String> messages() {
		return session.diagnosticsOf("itu-r.itup").stream().filter(d -> d.getSeverity() == DiagnosticSeverity.Error)
				.map(d -> d.getMessage().getLeft()).toList();
	}

	private void replaceAll(String file, int version, String text) {
		session.server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
				new VersionedTextDocumentIdentifier(session.uri(file), version),
				List.of(new TextDocumentContentChangeEvent(text))));
	}

	private static Position endOf(String text) {
		int line = (int) text.chars().filter(c -> c == '\n').count();
		return new Position(line, text.length() - text.lastIndexOf('\n') - 1);
	}
}
