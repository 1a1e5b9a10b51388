package org.itup.dsl.ide.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15: the language server shares a plan's whole-plan facts among its files, so an edit of one file must still
 * reach the whole-plan findings of the others. The plan "split" keeps its goals in main.itup and the objective that
 * answers for them in sector-d.itup; typing in sector-d.itup changes which goal main.itup reports as unanswered.
 */
class PlanWholePlanLspTest {

	private static final String LINKS = "primary goals 1, 2";

	private PlanServerSession session;

	@BeforeEach
	void start(@TempDir Path folder) throws Exception {
		SplitPlanFiles.write(folder);
		session = PlanServerSession.on(folder, null);
	}

	@AfterEach
	void stop() throws Exception {
		session.close();
	}

	@Test
	void anEditOfOneFileUpdatesTheWholePlanFindingsOfAnother() throws Exception {
		assertEquals(List.of(), unansweredGoals());
		session.open("sector-d.itup");
		String text = session.text("sector-d.itup");
		edit(2, text.replace(LINKS, "primary goal 1"));
		session.await(() -> unansweredGoals().equals(List.of("2")), "goal 2 reported unanswered in main.itup");
		edit(3, text.replace(LINKS, "primary goal 2"));
		session.await(() -> unansweredGoals().equals(List.of("1")), "goal 1 reported unanswered in main.itup");
		edit(4, text);
		session.await(() -> unansweredGoals().isEmpty(), "no goal reported unanswered in main.itup");
		assertEquals(List.of(), session.errorsLogged);
	}

	private void edit(int version, String text) {
		session.server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
				new VersionedTextDocumentIdentifier(session.uri("sector-d.itup"), version),
				List.of(new TextDocumentContentChangeEvent(text))));
	}

	/** The goals main.itup now reports as without a primary objective. */
	private List<String> unansweredGoals() {
		String marker = "No objective is linked to the goal '";
		return session.diagnosticsOf("main.itup").stream().map(d -> d.getMessage().getLeft()).filter(m -> m.startsWith(marker))
				.map(m -> m.substring(marker.length(), m.indexOf('\'', marker.length()))).toList();
	}
}
