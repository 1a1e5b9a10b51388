package org.itup.dsl.ide.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.server.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Formatting, folding and semantic highlighting through LSP4J. */
class PlanLayoutLspTest {

	private static PlanServerSession session;

	@BeforeAll
	static void start() throws Exception {
		session = PlanServerSession.onItuExample();
	}

	@AfterAll
	static void stop() throws Exception {
		session.close();
	}

	@Test
	void formattingTidiesAPlanAndKeepsItsComments() throws Exception {
		String messy = """
				plan   itu2020
				// goals first
				goal 7   "Scratch"{
				statement "Do it"
				        target 7.1 "All of it" { by 2023
				  level 100    "%" }
				}


				sector Y "Y"  {
				objective Y.1 "Y one" {
				primary goals 1,2,
				3 // the core three
				}
				}
				""";
		String formatted = format("messy.itup", messy);
		assertEquals("""
				plan itu2020
				// goals first
				goal 7 "Scratch" {
				    statement "Do it"
				    target 7.1 "All of it" {
				        by 2023
				        level 100 "%"
				    }
				}

				sector Y "Y" {
				    objective Y.1 "Y one" {
				        primary goals 1, 2,
				            3 // the core three
				    }
				}
				""", formatted);
		assertEquals(formatted, format("messy-again.itup", formatted));
	}

	@Test
	void formattingTheItuExampleKeepsEveryComment() throws Exception {
		String original = session.text("itu-r.itup");
		String formatted = format("itu-r-copy.itup", original);
		List<String> comments = original.lines().filter(l -> l.strip().startsWith("//")).map(String::strip).toList();
		assertFalse(comments.isEmpty());
		comments.forEach(comment -> assertTrue(formatted.contains(comment), comment));
		assertEquals(formatted, format("itu-r-copy-again.itup", formatted));
	}

	@Test
	void theItuExampleIsAlreadyFormatted() throws Exception {
		for (String file : List.of("plan.itup", "itu-r.itup", "itu-t.itup", "itu-d.itup", "inter-sectoral.itup",
				"general-secretariat.itup")) {
			String original = session.text(file);
			assertEquals(original, format("formatted-" + file, original), file);
		}
	}

	@Test
	void blocksAndCommentsFold() throws Exception {
		assertTrue(session.capabilities.getCapabilities().getFoldingRangeProvider().getLeft());
		List<FoldingRange> ranges = session.server.getTextDocumentService()
				.foldingRange(new FoldingRangeRequestParams(session.document("itu-r.itup")))
				.get(PlanServerSession.TIMEOUT_SECONDS, TimeUnit.SECONDS);
		int objectiveLine = session.positionOf("itu-r.itup", "objective R.1 ", 0).getLine();
		assertTrue(ranges.stream().anyMatch(r -> r.getStartLine() == objectiveLine && r.getEndLine() > objectiveLine
				+ 10), ranges.toString());
	}

	@Test
	void codesAreHighlightedByRole() throws Exception {
		List<String> legend = session.capabilities.getCapabilities().getSemanticTokensProvider().getLegend()
				.getTokenTypes();
		SemanticTokens tokens = session.server.getTextDocumentService()
				.semanticTokensFull(new SemanticTokensParams(session.document("itu-r.itup")))
				.get(PlanServerSession.TIMEOUT_SECONDS, TimeUnit.SECONDS);
		List<Integer> data = tokens.getData();
		assertFalse(data.isEmpty());
		List<String> types = new java.util.ArrayList<>();
		for (int i = 3; i < data.size(); i += 5) {
			types.add(legend.get(data.get(i)));
		}
		assertTrue(types.containsAll(List.of("type", "variable")), types.toString());
	}

	@Test
	void aFileIndentedWithSpacesKeepsItsStepUnderAnEditorSetToTabs() throws Exception {
		String original = Files.readString(session.workspace.resolve("itu-r.itup"));
		String formatted = format("itu-r-under-tabs.itup", original, new FormattingOptions(8, false));
		assertEquals(original, formatted);
	}

	@Test
	void aFileIndentedWithTabsStaysSoUnderAnEditorSetToSpaces() throws Exception {
		String tabbed = "plan itu2020\ngoal 7 \"Scratch\" {\n\tstatement \"Do it\"\n}\n";
		String formatted = format("tabbed.itup", tabbed.replace("\tstatement", "  statement"),
				new FormattingOptions(4, true));
		assertTrue(formatted.contains("\n    statement"), formatted);
		assertEquals(tabbed + "goal 8 \"More\" {\n\tstatement \"Do more\"\n}\n",
				format("tabbed-more.itup", tabbed + "goal 8 \"More\" {\n    statement \"Do more\"\n}\n",
						new FormattingOptions(4, true)));
	}

	@Test
	void aFileThatIndentsNothingTakesTheEditorsSetting() throws Exception {
		String flat = "plan itu2020\ngoal 7 \"Scratch\" {\nstatement \"Do it\"\n}\n";
		assertEquals(flat.replace("\nstatement", "\n\tstatement"),
				format("flat-tabs.itup", flat, new FormattingOptions(8, false)));
		assertEquals(flat.replace("\nstatement", "\n  statement"),
				format("flat-spaces.itup", flat, new FormattingOptions(2, true)));
	}

	private static String format(String file, String text) throws Exception {
		return format(file, text, new FormattingOptions(4, true));
	}

	private static String format(String file, String text, FormattingOptions options) throws Exception {
		Files.writeString(session.workspace.resolve(file), text);
		session.open(file);
		List<? extends TextEdit> edits = session.server.getTextDocumentService()
				.formatting(new DocumentFormattingParams(session.document(file), options))
				.get(PlanServerSession.TIMEOUT_SECONDS, TimeUnit.SECONDS);
		Document document = new Document(1, text);
		List<TextEdit> backwards = edits.stream().map(TextEdit.class::cast)
				.sorted(Comparator.comparing((TextEdit e) -> document.getOffSet(e.getRange().getStart())).reversed())
				.toList();
		StringBuilder result = new StringBuilder(text);
		for (TextEdit edit : backwards) {
			result.replace(document.getOffSet(edit.getRange().getStart()),
					document.getOffSet(edit.getRange().getEnd()), edit.getNewText());
		}
		return result.toString();
	}
}
