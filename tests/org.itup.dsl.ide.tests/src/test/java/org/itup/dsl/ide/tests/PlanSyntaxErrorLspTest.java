package org.itup.dsl.ide.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.lsp4j.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The editor shows a syntax error in plan words, and nothing about the correct text after the broken entry: the same
 * findings `itup check` gives (issue 13).
 */
class PlanSyntaxErrorLspTest {

	@TempDir
	Path plans;

	@Test
	void aBrokenEntryInARiskShowsItsErrorOnly() throws Exception {
		Files.writeString(plans.resolve("plan.itup"), """
				plan p "P"
				risk 1 "Funding" {
				  severity high
				  mitigation limitation "Diversify donors"
				}
				""");
		try (PlanServerSession session = PlanServerSession.on(plans, null)) {
			List<Diagnostic> shown = session.diagnosticsOf("plan.itup");
			assertEquals(List.of("2:2 `severity` cannot stand in a risk; a risk may contain: likelihood, impact, owner, aspect, mitigation"),
					shown.stream().map(PlanSyntaxErrorLspTest::shown).toList());
		}
	}

	/** Zero-based line and column, as the protocol has them. */
	private static String shown(Diagnostic diagnostic) {
		return diagnostic.getRange().getStart().getLine() + ":" + diagnostic.getRange().getStart().getCharacter()
				+ " " + diagnostic.getMessage().getLeft();
	}
}
