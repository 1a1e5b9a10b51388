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
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Position;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The editor speaks a plan's declared vocabulary through a real language-server session: the vocabulary stands in
 * the plan's header file, and hover, outline and completion in another file of the same plan use its words.
 */
class VocabularyLspTest {

	private static final String HEADER = """
			plan coastal "Coastal Resilience Framework" period 2026 to 2029
			vocabulary {
			    sector "unit", "units"
			    objective "thematic priority", "thematic priorities" written priority
			    output "product or service", "products and services" written product
			}
			goal A "Communities ready for coastal hazards" {
			    target A.1 "Districts with a tested evacuation plan" { by 2029 level 40 "districts" }
			}
			""";

	private static final String UNITS = """
			plan coastal
			sector RISK "Risk Information Unit" {
			    priority TP.1 "Early warning that reaches everyone" {
			        primary goal A
			        contributors NATURE
			        outcome TP.1-a "Warnings reach households a day before landfall"
			        product TP.1-1 "Storm-surge forecast bulletin"
			    }
			    enabler RISK.E "Data services" { supports all }
			}
			sector NATURE "Nature-based Solutions Unit" {
			}
			""";

	@TempDir
	static Path folder;

	private static PlanServerSession session;

	@BeforeAll
	static void start() throws Exception {
		Files.writeString(folder.resolve("header.itup"), HEADER);
		Files.writeString(folder.resolve("units.itup"), UNITS);
		session = PlanServerSession.on(folder, Map.of());
		session.open("units.itup");
	}

	@AfterAll
	static void stop() throws Exception {
		session.close();
	}

	@Test
	void hoverNamesTheLevelInThePlansWords() throws Exception {
		assertTrue(hover("priority TP.1", 10).startsWith("**Thematic priority TP.1 - Early warning that reaches"
				+ " everyone**"), hover("priority TP.1", 10));
		assertTrue(hover("product TP.1-1", 9).startsWith("**Product or service TP.1-1 - Storm-surge forecast"),
				hover("product TP.1-1", 9));
		assertTrue(hover("outcome TP.1-a", 9).startsWith("**Outcome TP.1-a - "), hover("outcome TP.1-a", 9));
	}

	@Test
	void outlineDetailsAreThePlansWords() throws Exception {
		DocumentSymbol plan = session.server.getTextDocumentService()
				.documentSymbol(new DocumentSymbolParams(session.document("units.itup")))
				.get(PlanServerSession.TIMEOUT_SECONDS, TimeUnit.SECONDS).get(0).getRight();
		DocumentSymbol unit = plan.getChildren().get(0);
		assertEquals("RISK - Risk Information Unit", unit.getName());
		assertEquals("Unit", unit.getDetail());
		DocumentSymbol priority = unit.getChildren().get(0);
		assertEquals("TP.1 - Early warning that reaches everyone", priority.getName());
		assertEquals("Thematic priority", priority.getDetail());
		assertEquals(List.of("Outcome", "Product or service"),
				priority.getChildren().stream().map(DocumentSymbol::getDetail).toList());
	}

	@Test
	void completionDescribesCandidatesInThePlansWords() throws Exception {
		String text = """
				plan coastal
				sector FIN "Finance Unit" {
				    priority TP.9 "Funds for resilience" {
				        primary goal A
				        contributors\s
				    }
				}
				""";
		Files.writeString(session.workspace.resolve("finance.itup"), text);
		session.open("finance.itup");
		int cursor = text.indexOf("contributors ") + "contributors ".length();
		String before = text.substring(0, cursor);
		Position position = new Position((int) before.chars().filter(c -> c == '\n').count(),
				cursor - before.lastIndexOf('\n') - 1);
		List<CompletionItem> items = session.server.getTextDocumentService()
				.completion(new CompletionParams(session.document("finance.itup"), position))
				.get(PlanServerSession.TIMEOUT_SECONDS, TimeUnit.SECONDS).getRight().getItems();
		CompletionItem nature = items.stream().filter(item -> item.getLabel().startsWith("NATURE")).findFirst()
				.orElseThrow(() -> new AssertionError("no NATURE among " + items));
		assertEquals("Unit", nature.getDetail());
	}

	private static String hover(String marker, int shift) throws Exception {
		return session.server.getTextDocumentService()
				.hover(new HoverParams(session.document("units.itup"), session.positionOf("units.itup", marker, shift)))
				.get(PlanServerSession.TIMEOUT_SECONDS, TimeUnit.SECONDS).getContents().getRight().getValue();
	}
}
