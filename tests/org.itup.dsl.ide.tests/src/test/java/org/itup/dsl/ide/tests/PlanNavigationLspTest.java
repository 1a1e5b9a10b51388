package org.itup.dsl.ide.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.WorkspaceSymbol;
import org.eclipse.lsp4j.WorkspaceSymbolParams;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Definition, references, outline and workspace symbols on the ITU example, through LSP4J. */
class PlanNavigationLspTest {

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
	void definitionOfAGoalReferenceJumpsToTheGoalInAnotherFile() throws Exception {
		DefinitionParams params = new DefinitionParams(session.document("itu-r.itup"),
				session.positionOf("itu-r.itup", "primary goals 1, 2, 3, 4", "primary goals ".length()));
		List<? extends Location> locations = session.server.getTextDocumentService().definition(params)
				.get(PlanServerSession.TIMEOUT_SECONDS, TimeUnit.SECONDS).getLeft();
		assertEquals(1, locations.size());
		assertEquals(session.uri("plan.itup"), locations.get(0).getUri());
		assertEquals(session.positionOf("plan.itup", "goal 1 \"Growth\"", "goal ".length()),
				locations.get(0).getRange().getStart());
	}

	@Test
	void referencesOfGoalOneAreFoundInEverySectorFile() throws Exception {
		ReferenceParams params = new ReferenceParams(session.document("plan.itup"),
				session.positionOf("plan.itup", "goal 1 \"Growth\"", "goal ".length()), new ReferenceContext(false));
		List<? extends Location> references = session.server.getTextDocumentService().references(params)
				.get(PlanServerSession.TIMEOUT_SECONDS, TimeUnit.SECONDS);
		Set<String> files = references.stream().map(Location::getUri).collect(Collectors.toSet());
		assertEquals(Set.of(session.uri("itu-r.itup"), session.uri("itu-t.itup"), session.uri("itu-d.itup"),
				session.uri("inter-sectoral.itup")), files);
	}

	@Test
	void outlineShowsPlanGoalsTargetsAndSectorsObjectivesResults() throws Exception {
		List<Either<SymbolInformation, DocumentSymbol>> symbols = session.server.getTextDocumentService()
				.documentSymbol(new DocumentSymbolParams(session.document("plan.itup")))
				.get(PlanServerSession.TIMEOUT_SECONDS, TimeUnit.SECONDS);
		assertEquals(1, symbols.size());
		DocumentSymbol plan = symbols.get(0).getRight();
		assertEquals("itu2020 - ITU strategic plan for 2020-2023", plan.getName());
		DocumentSymbol growth = child(plan, "1 - Growth");
		assertEquals("1.1 - By 2023, 65% of households worldwide with access to the Internet",
				growth.getChildren().get(0).getName());

		DocumentSymbol sector = session.server.getTextDocumentService()
				.documentSymbol(new DocumentSymbolParams(session.document("itu-r.itup")))
				.get(PlanServerSession.TIMEOUT_SECONDS, TimeUnit.SECONDS).get(0).getRight().getChildren().get(0);
		assertEquals("ITU-R - Radiocommunication Sector", sector.getName());
		DocumentSymbol objective = child(sector, "R.1 - Spectrum/orbit regulation and management");
		List<String> results = objective.getChildren().stream().map(DocumentSymbol::getName).toList();
		assertTrue(results.contains("R.1-a - Increased number of countries having satellite networks and earth "
				+ "stations recorded in the Master International Frequency Register (MIFR)"), results.toString());
		assertTrue(results.contains("R.1-1 - Final acts of world radiocommunication conferences, updated Radio "
				+ "Regulations"), results.toString());
	}

	@Test
	void workspaceSymbolsFindAnObjectiveByCode() throws Exception {
		Either<List<? extends SymbolInformation>, List<? extends WorkspaceSymbol>> found = session.server
				.getWorkspaceService().symbol(new WorkspaceSymbolParams("R.1"))
				.get(PlanServerSession.TIMEOUT_SECONDS, TimeUnit.SECONDS);
		List<String> inItuR = found.getRight().stream()
				.filter(symbol -> symbol.getLocation().getLeft().getUri().equals(session.uri("itu-r.itup")))
				.map(WorkspaceSymbol::getName).toList();
		assertTrue(inItuR.contains("itu2020.R.1"), "no symbol R.1 in itu-r.itup: " + found.getRight());
	}

	private static DocumentSymbol child(DocumentSymbol parent, String name) {
		return parent.getChildren().stream().filter(s -> s.getName().equals(name)).findFirst()
				.orElseThrow(() -> new AssertionError(name + " not under " + parent.getName() + ": "
						+ parent.getChildren().stream().map(DocumentSymbol::getName).toList()));
	}
}
