package org.itup.dsl.ide.rename;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.lsp4j.AnnotatedTextEdit;
import org.eclipse.lsp4j.ChangeAnnotation;
import org.eclipse.lsp4j.ResourceOperation;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.itup.dsl.codes.CodeCascade.Renamed;

/**
 * Adds the edits of the codes that follow a renamed goal or objective (its cascade) to the rename's own edits, in
 * one workspace edit. A client that supports change annotations (LSP 3.16) gets each cascaded code under an
 * annotation that needs confirmation, so it can offer them one by one; any other client gets them as plain edits,
 * since a child left with its parent's old code would be a numbering warning whose fix breaks every reference.
 */
final class CascadeEdits {

	private final WorkspaceEdit edit;

	CascadeEdits(WorkspaceEdit edit) {
		this.edit = edit;
	}

	/** Adds the edits of each cascaded code, annotated per code when {@code annotate}. */
	void add(Map<Renamed, WorkspaceEdit> cascade, String parentChange, boolean annotate) {
		Map<String, Integer> versions = versions(edit);
		Map<String, ChangeAnnotation> annotations = new LinkedHashMap<>();
		Map<String, List<TextEdit>> merged = byFile(edit);
		cascade.forEach((child, childEdit) -> byFile(childEdit).forEach((uri, edits) -> {
			List<TextEdit> all = merged.computeIfAbsent(uri, any -> new ArrayList<>());
			for (TextEdit childText : edits) {
				if (annotate) {
					String id = annotationId(child);
					annotations.computeIfAbsent(id, any -> annotation(child, parentChange));
					all.add(new AnnotatedTextEdit(childText.getRange(), childText.getNewText(), id));
				} else {
					all.add(childText);
				}
			}
		}));
		if (annotate || edit.getDocumentChanges() != null) {
			edit.setChanges(null);
			edit.setDocumentChanges(documentChanges(merged, versions));
			edit.setChangeAnnotations(annotations.isEmpty() ? null : annotations);
		} else {
			edit.setChanges(merged);
		}
	}

	private static List<Either<TextDocumentEdit, ResourceOperation>> documentChanges(Map<String, List<TextEdit>> edits,
			Map<String, Integer> versions) {
		List<Either<TextDocumentEdit, ResourceOperation>> documents = new ArrayList<>();
		edits.forEach((uri, fileEdits) -> documents.add(Either.forLeft(new TextDocumentEdit(
				new VersionedTextDocumentIdentifier(uri, versions.get(uri)),
				fileEdits.stream().map(Either::<TextEdit, org.eclipse.lsp4j.SnippetTextEdit>forLeft).toList()))));
		return documents;
	}

	private static String annotationId(Renamed child) {
		return "itup.cascade:" + kind(child) + ":" + child.oldCode();
	}

	private static ChangeAnnotation annotation(Renamed child, String parentChange) {
		ChangeAnnotation annotation = new ChangeAnnotation(
				"Rename " + kind(child) + " " + child.oldCode() + " to " + child.newCode());
		annotation.setNeedsConfirmation(true);
		annotation.setDescription("Its code follows " + parentChange + " under the plan's code scheme.");
		return annotation;
	}

	private static String kind(Renamed child) {
		return PlanRenameService.kind(child.element());
	}

	private static Map<String, List<TextEdit>> byFile(WorkspaceEdit workspaceEdit) {
		Map<String, List<TextEdit>> byFile = new LinkedHashMap<>();
		if (workspaceEdit.getChanges() != null) {
			workspaceEdit.getChanges().forEach((uri, edits) -> byFile.put(uri, new ArrayList<>(edits)));
		}
		if (workspaceEdit.getDocumentChanges() != null) {
			for (Either<TextDocumentEdit, ResourceOperation> change : workspaceEdit.getDocumentChanges()) {
				if (change.isLeft()) {
					byFile.computeIfAbsent(change.getLeft().getTextDocument().getUri(), uri -> new ArrayList<>())
							.addAll(change.getLeft().getEdits().stream().filter(Either::isLeft).map(Either::getLeft)
									.toList());
				}
			}
		}
		return byFile;
	}

	private static Map<String, Integer> versions(WorkspaceEdit workspaceEdit) {
		Map<String, Integer> versions = new LinkedHashMap<>();
		if (workspaceEdit.getDocumentChanges() != null) {
			workspaceEdit.getDocumentChanges().stream().filter(Either::isLeft).map(Either::getLeft)
					.forEach(change -> versions.put(change.getTextDocument().getUri(),
							change.getTextDocument().getVersion()));
		}
		return versions;
	}
}
