package org.itup.dsl.ide.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Rename across the files of a plan, and the refusal of a code already taken. */
class PlanRenameLspTest {

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
	void renamingAGoalUpdatesItsDeclarationEveryReferenceInEveryFileAndItsTargetsCode() throws Exception {
		WorkspaceEdit edit = rename("plan.itup", "goal 5 \"Partnership\"", 5, "6");
		Map<String, List<TextEdit>> changes = changes(edit);
		// target 5.1 follows its goal under the default scheme {goal}.{n}
		assertEquals(List.of("6", "6.1"),
				changes.get(session.uri("plan.itup")).stream().map(TextEdit::getNewText).sorted().toList());
		for (String sectorFile : List.of("itu-r.itup", "itu-t.itup", "itu-d.itup")) {
			List<TextEdit> edits = changes.get(session.uri(sectorFile));
			assertTrue(edits != null && !edits.isEmpty(), "no edit in " + sectorFile + ": " + changes.keySet());
			edits.forEach(e -> assertEquals("6", e.getNewText()));
		}
	}

	@Test
	void renamingAnObjectiveToACodeAnotherObjectiveHasIsRefusedWithAMessage() throws Exception {
		ExecutionException failure = assertThrows(ExecutionException.class,
				() -> rename("itu-r.itup", "objective R.1 ", 10, "R.2"));
		ResponseErrorException error = assertInstanceOf(ResponseErrorException.class, failure.getCause());
		assertEquals("Cannot rename R.1 to R.2: objective R.2 already exists in this plan. Choose a code no other "
				+ "objective uses.", error.getResponseError().getMessage());
	}

	@ParameterizedTest
	@ValueSource(strings = { "a b", "x\"; plan evil", "", "R.1 ", "goal", "R..1" })
	void aNewNameThatIsNotACodeIsRefusedWithAMessage(String newName) throws Exception {
		ExecutionException failure = assertThrows(ExecutionException.class,
				() -> rename("itu-r.itup", "objective R.1 ", 10, newName));
		ResponseErrorException error = assertInstanceOf(ResponseErrorException.class, failure.getCause());
		String message = error.getResponseError().getMessage();
		assertTrue(message.startsWith("Cannot rename R.1: "), message);
		assertTrue(message.endsWith(newName.isEmpty() ? "the new code is empty."
				: "is not a keyword of the language."), message);
	}

	@Test
	void aWellFormedNewCodeIsAccepted() throws Exception {
		Map<String, List<TextEdit>> changes = changes(rename("itu-r.itup", "objective R.1 ", 10, "R.7"));
		assertEquals("R.7", changes.get(session.uri("itu-r.itup")).get(0).getNewText());
	}

	private WorkspaceEdit rename(String file, String marker, int shift, String newName) throws Exception {
		return session.server.getTextDocumentService().rename(new RenameParams(session.document(file),
				session.positionOf(file, marker, shift), newName)).get(PlanServerSession.TIMEOUT_SECONDS,
						TimeUnit.SECONDS);
	}

	/** The edits per file, whichever of the two forms the server chose. */
	private static Map<String, List<TextEdit>> changes(WorkspaceEdit edit) {
		if (edit.getChanges() != null && !edit.getChanges().isEmpty()) {
			return edit.getChanges();
		}
		Map<String, List<TextEdit>> byFile = new java.util.HashMap<>();
		edit.getDocumentChanges().forEach(change -> byFile.put(change.getLeft().getTextDocument().getUri(),
				change.getLeft().getEdits().stream().map(e -> e.getLeft()).toList()));
		return byFile;
	}
}
