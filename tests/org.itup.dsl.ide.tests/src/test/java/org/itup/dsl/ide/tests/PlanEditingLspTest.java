package org.itup.dsl.ide.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InsertTextFormat;
import org.eclipse.lsp4j.Position;
import org.itup.test.support.RepositoryRoot;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Completion and hover through LSP4J, on the ITU example and on small plans typed into it. */
class PlanEditingLspTest {

	private static PlanServerSession session;

	@BeforeAll
	static void start() throws Exception {
		Path titles = RepositoryRoot.fixture("sdg-titles-test");
		session = PlanServerSession.on(RepositoryRoot.itu2020Example(), Map.of("itup", Map.of("sdgTitles",
				titles.toString())));
	}

	@AfterAll
	static void stop() throws Exception {
		session.close();
	}

	@Test
	void goalsAreOfferedAsCodeAndTitleWhereAnObjectiveNamesItsPrimaryGoal() throws Exception {
		List<CompletionItem> items = complete("objective-goal.itup", """
				plan itu2020
				sector X "Scratch" {
				    objective X.1 "Scratch objective" {
				        primary goal |
				    }
				}
				""");
		CompletionItem growth = item(items, "1 - Growth");
		assertEquals("1", growth.getTextEdit().getLeft().getNewText());
		item(items, "5 - Partnership");
	}

	@Test
	void keywordsAndTemplatesAreOfferedWhereAnElementMayStart() throws Exception {
		List<CompletionItem> items = complete("new-element.itup", """
				plan itu2020
				|
				""");
		item(items, "goal");
		item(items, "risk");
		CompletionItem template = item(items, "new goal");
		assertEquals(InsertTextFormat.Snippet, template.getInsertTextFormat());
		assertTrue(template.getTextEdit().getLeft().getNewText().startsWith("goal ${1:code} \"${2:title}\" {"));
		item(items, "new risk");
	}

	@Test
	void sdgTargetsAreOfferedWithTheirConfiguredTitles() throws Exception {
		List<CompletionItem> items = complete("sdg.itup", """
				plan itu2020
				goal 9 "Scratch" {
				    sdg 9.|
				}
				""");
		assertEquals("9.c", item(items, "9.c - Title of target 9.c used by the tests").getTextEdit().getLeft()
				.getNewText());
		item(items, "9.1");
	}

	@Test
	void wsisActionLinesAreOfferedWithTheirNames() throws Exception {
		List<CompletionItem> items = complete("wsis.itup", """
				plan itu2020
				goal 9 "Scratch" {
				    wsis |
				}
				""");
		assertTrue(items.stream().anyMatch(i -> i.getLabel().startsWith("C5 - ")), labels(items).toString());
	}

	@Test
	void hoverOnAGoalShowsItsStatement() throws Exception {
		String text = hover("plan.itup", "goal 1 \"Growth\"", 5);
		assertTrue(text.startsWith("**1 - Growth**\n\nEnable and foster access to and increased use of "
				+ "telecommunications/ICT"), text);
	}

	@Test
	void hoverOnAnObjectiveShowsItsGoalLinkage() throws Exception {
		String text = hover("itu-r.itup", "objective R.1 ", 10);
		assertTrue(text.contains("- Primary goals: 1 - Growth; 2 - Inclusiveness; 3 - Sustainability; "
				+ "4 - Innovation\n- Secondary goals: 5 - Partnership"), text);
	}

	@Test
	void hoverOnATargetShowsDeadlineValueAndBaseline() throws Exception {
		String text = hover("plan.itup", "target 1.3", 7);
		assertTrue(text.contains("\n\n- Deadline: 2023\n- Target value: decrease 25 %\n- Baseline: year 2017\n"
				+ "- Population: worldwide\n"), text);
	}

	@Test
	void hoverOnSdgAndWsisCodesShowsTheirTitles() throws Exception {
		assertEquals("**9.c** - Title of target 9.c used by the tests", hover("plan.itup", "9.c (9.c.1)", 1));
		assertEquals("**9.c.1** - Title of indicator 9.c.1 used by the tests", hover("plan.itup", "9.c (9.c.1)",
				6));
		assertTrue(hover("plan.itup", "wsis facilitator C2", 18).startsWith("**C2** - "));
	}

	private static String hover(String file, String marker, int shift) throws Exception {
		Hover hover = session.server.getTextDocumentService().hover(new HoverParams(session.document(file),
				session.positionOf(file, marker, shift))).get(PlanServerSession.TIMEOUT_SECONDS, TimeUnit.SECONDS);
		return hover.getContents().getRight().getValue();
	}

	/** Writes {@code text} (with {@code |} marking the cursor) as a new file, opens it and asks for completion. */
	static List<CompletionItem> complete(String file, String text) throws Exception {
		int cursor = text.indexOf('|');
		Files.writeString(session.workspace.resolve(file), text.replace("|", ""));
		session.open(file);
		String before = text.substring(0, cursor);
		Position position = new Position((int) before.chars().filter(c -> c == '\n').count(),
				cursor - before.lastIndexOf('\n') - 1);
		return session.server.getTextDocumentService().completion(new CompletionParams(session.document(file),
				position)).get(PlanServerSession.TIMEOUT_SECONDS, TimeUnit.SECONDS).getRight().getItems();
	}

	static CompletionItem item(List<CompletionItem> items, String label) {
		return items.stream().filter(i -> i.getLabel().equals(label)).findFirst()
				.orElseThrow(() -> new AssertionError("no completion " + label + " in " + labels(items)));
	}

	private static List<String> labels(List<CompletionItem> items) {
		return items.stream().map(CompletionItem::getLabel).toList();
	}
}
