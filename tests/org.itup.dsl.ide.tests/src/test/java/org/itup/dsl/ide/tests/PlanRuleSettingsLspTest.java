package org.itup.dsl.ide.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.itup.dsl.load.RuleSettings;
import org.itup.dsl.validation.IssueCodes;
import org.itup.test.support.RepositoryRoot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The editor shows findings with the severities the plan folder's itup-rules.properties sets, the same ones
 * {@code itup check} reports. The ITU example's four near-duplicate outputs are notes by default.
 */
class PlanRuleSettingsLspTest {

	@TempDir
	Path plans;

	@Test
	void byDefaultOverlapsAreNotes() throws Exception {
		assertEquals(List.of(DiagnosticSeverity.Information), overlapSeverities(""));
	}

	@Test
	void aRaisedRuleShowsAsAWarning() throws Exception {
		assertEquals(List.of(DiagnosticSeverity.Warning), overlapSeverities(IssueCodes.OVERLAP + " = warning\n"));
	}

	@Test
	void aSilencedRuleIsNotShown() throws Exception {
		assertEquals(List.of(), overlapSeverities(IssueCodes.OVERLAP + " = ignore\n"));
	}

	/** The distinct severities of the overlap findings the server publishes for the example under these settings. */
	private List<DiagnosticSeverity> overlapSeverities(String settings) throws Exception {
		try (Stream<Path> files = Files.list(RepositoryRoot.itu2020Example())) {
			for (Path file : (Iterable<Path>) files::iterator) {
				Files.copy(file, plans.resolve(file.getFileName()));
			}
		}
		Files.writeString(plans.resolve(RuleSettings.FILE_NAME), settings);
		try (PlanServerSession session = PlanServerSession.on(plans, null)) {
			assertFalse(session.diagnostics.isEmpty());
			return session.diagnostics.values().stream().flatMap(published -> published.getDiagnostics().stream())
					.filter(PlanRuleSettingsLspTest::isOverlap).map(Diagnostic::getSeverity).distinct().toList();
		}
	}

	private static boolean isOverlap(Diagnostic diagnostic) {
		return diagnostic.getCode() != null && IssueCodes.OVERLAP.equals(diagnostic.getCode().getLeft());
	}
}
