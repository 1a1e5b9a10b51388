package org.itup.dsl.ide.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.AnnotatedTextEdit;
import org.eclipse.lsp4j.ChangeAnnotation;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.WorkspaceEditCapabilities;
import org.eclipse.lsp4j.WorkspaceEditChangeAnnotationSupportCapabilities;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renaming a goal or objective renames, in the same workspace edit and in every file, the codes of its children
 * that repeat its code under the plan's code schemes (issue 13). An editor that supports change annotations gets
 * the children's edits under annotations that need confirmation; any other editor gets them as plain edits.
 */
class PlanRenameCascadeLspTest {

	private static final String MAIN = """
			plan ngo "Water for all" period 2024 to 2026
			currency "CHF"
			codes {
			    target "{goal}.{n}"
			    outcome "{objective}-{a}"
			}
			goal 2 "Clean water" {
			    target 2.1 "Wells" { by 2026 qualitative }
			    target 2.2 "Pumps" { by 2026 qualitative }
			    target 2.3.A official "Adopted as written" { by 2026 qualitative }
			}
			""";

	private static final String SECTOR = """
			plan ngo
			sector R "Rural programme" {
			    objective R.3 "Water points" {
			        primary goal 2
			        outcome R.3-a "More villages served"
			        output R.3-1 "Wells dug"
			    }
			    enabler R-1 "Logistics" { supports R.3 }
			}
			""";

	private static final String MONITORING = """
			monitoring of ngo
			measured 2.1 in 2025 value 40
			spent 1000 "CHF" on R.3-1 in 2025
			assessment R.3 in 2025 "On track."
			""";

	@Test
	void renamingAGoalRenamesTheTargetsThatRepeatItsCodeInEveryFile(@TempDir Path folder) throws Exception {
		try (PlanServerSession session = PlanServerSession.on(plans(folder), null)) {
			WorkspaceEdit edit = rename(session, "main.itup", "goal 2", 5, "7");
			assertNull(edit.getChangeAnnotations(), "an editor without change annotations gets plain edits");
			Map<String, List<TextEdit>> edits = byFile(edit);
			assertEquals(MAIN.replace("goal 2 ", "goal 7 ").replace("target 2.1", "target 7.1")
					.replace("target 2.2", "target 7.2"), applied(session, "main.itup", edits));
			assertEquals(SECTOR.replace("primary goal 2", "primary goal 7"), applied(session, "sector.itup", edits));
			assertEquals(MONITORING.replace("measured 2.1", "measured 7.1"), applied(session, "monitoring.itup", edits));
		}
	}

	@Test
	void anEditorWithChangeAnnotationsIsAskedToConfirmEachCascadedCode(@TempDir Path folder) throws Exception {
		try (PlanServerSession session = PlanServerSession.on(plans(folder), null, withChangeAnnotations())) {
			WorkspaceEdit edit = rename(session, "sector.itup", "objective R.3", 10, "R.5");
			Map<String, ChangeAnnotation> annotations = edit.getChangeAnnotations();
			assertEquals(List.of("Rename outcome R.3-a to R.5-a", "Rename output R.3-1 to R.5-1"),
					annotations.values().stream().map(ChangeAnnotation::getLabel).sorted().toList());
			annotations.values().forEach(annotation -> assertEquals(Boolean.TRUE, annotation.getNeedsConfirmation()));
			Map<String, List<TextEdit>> edits = byFile(edit);
			// the outcome's declaration; the output's declaration and the spending on it; the objective's 3 edits plain
			Map<String, Integer> confirmed = new TreeMap<>();
			List<TextEdit> plain = new ArrayList<>();
			edits.values().forEach(fileEdits -> fileEdits.forEach(e -> {
				if (e instanceof AnnotatedTextEdit annotated && annotations.containsKey(annotated.getAnnotationId())) {
					confirmed.merge(annotations.get(annotated.getAnnotationId()).getLabel(), 1, Integer::sum);
				} else {
					plain.add(e);
				}
			}));
			assertEquals(Map.of("Rename outcome R.3-a to R.5-a", 1, "Rename output R.3-1 to R.5-1", 2), confirmed);
			assertEquals(3, plain.size(), plain.toString());
			assertEquals(SECTOR.replace("R.3", "R.5"), applied(session, "sector.itup", edits));
			assertEquals(MONITORING.replace("R.3", "R.5"), applied(session, "monitoring.itup", edits));
		}
	}

	/** The plan in three files: the header with its code schemes and a goal, a sector, and monitoring data. */
	private static Path plans(Path folder) throws Exception {
		Files.writeString(folder.resolve("main.itup"), MAIN);
		Files.writeString(folder.resolve("sector.itup"), SECTOR);
		Files.writeString(folder.resolve("monitoring.itup"), MONITORING);
		return folder;
	}

	private static ClientCapabilities withChangeAnnotations() {
		ClientCapabilities client = PlanServerSession.capabilities();
		WorkspaceEditCapabilities edits = new WorkspaceEditCapabilities();
		edits.setDocumentChanges(true);
		edits.setChangeAnnotationSupport(new WorkspaceEditChangeAnnotationSupportCapabilities(true));
		WorkspaceClientCapabilities workspace = new WorkspaceClientCapabilities();
		workspace.setWorkspaceEdit(edits);
		client.setWorkspace(workspace);
		return client;
	}

	private static WorkspaceEdit rename(PlanServerSession session, String file, String marker, int shift,
			String newName) throws Exception {
		return session.server.getTextDocumentService().rename(new RenameParams(session.document(file),
				session.positionOf(file, marker, shift), newName)).get(PlanServerSession.TIMEOUT_SECONDS,
						TimeUnit.SECONDS);
	}

	private static String applied(PlanServerSession session, String file, Map<String, List<TextEdit>> edits)
			throws Exception {
		List<TextEdit> fileEdits = edits.get(session.uri(file));
		assertTrue(fileEdits != null, "no edit in " + file + ": " + edits.keySet());
		return PlanQuickFixLspTest.applied(session.text(file), fileEdits);
	}

	/** The edits per file, from whichever of the two forms the server chose. */
	private static Map<String, List<TextEdit>> byFile(WorkspaceEdit edit) {
		Map<String, List<TextEdit>> byFile = new TreeMap<>();
		if (edit.getChanges() != null) {
			byFile.putAll(edit.getChanges());
		}
		if (edit.getDocumentChanges() != null) {
			edit.getDocumentChanges().stream().filter(Either::isLeft).map(Either::getLeft)
					.forEach(change -> byFile.put(change.getTextDocument().getUri(),
							change.getEdits().stream().map(Either::getLeft).toList()));
		}
		return byFile;
	}
}
