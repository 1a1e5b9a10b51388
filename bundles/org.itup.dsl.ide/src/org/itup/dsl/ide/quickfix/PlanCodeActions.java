package org.itup.dsl.ide.quickfix;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.resource.XtextResource;

import com.google.inject.Inject;

/**
 * Offers the plan language's quick fixes as LSP code actions: for each diagnostic the client sends back, the fixes
 * of its code, turned from offsets into ranges of the document.
 */
public class PlanCodeActions implements ICodeActionService2 {

	@Inject
	private PlanQuickFixes quickFixes;

	@Override
	public List<Either<Command, CodeAction>> getCodeActions(Options options) {
		if (options.getCodeActionParams().getContext() == null) {
			return new ArrayList<>();
		}
		if (options.getResource() instanceof XtextResource resource && options.getDocument() != null) {
			return actions(options, resource, options.getDocument());
		}
		// Xtext's server hands over neither the resource nor the document: read them for the request's file
		return options.getLanguageServerAccess().doSyncRead(options.getURI(),
				context -> context.getResource() instanceof XtextResource resource && context.getDocument() != null
						? actions(options, resource, context.getDocument())
						: new ArrayList<>());
	}

	private List<Either<Command, CodeAction>> actions(Options options, XtextResource resource, Document document) {
		List<Either<Command, CodeAction>> actions = new ArrayList<>();
		for (Diagnostic diagnostic : options.getCodeActionParams().getContext().getDiagnostics()) {
			String code = diagnostic.getCode() == null ? null : diagnostic.getCode().getLeft();
			if (!quickFixes.hasFixes(code)) {
				continue;
			}
			int offset = document.getOffSet(diagnostic.getRange().getStart());
			int end = document.getOffSet(diagnostic.getRange().getEnd());
			for (PlanQuickFix fix : quickFixes.fixesFor(resource, code, offset, Math.max(0, end - offset))) {
				actions.add(Either.forRight(action(fix, diagnostic, document, options.getURI())));
			}
		}
		return actions;
	}

	private static CodeAction action(PlanQuickFix fix, Diagnostic diagnostic, Document document, String uri) {
		List<TextEdit> edits = fix.edits().stream()
				.map(edit -> new TextEdit(new Range(document.getPosition(edit.offset()),
						document.getPosition(edit.offset() + edit.length())), edit.text()))
				.toList();
		CodeAction action = new CodeAction(fix.label());
		action.setKind(CodeActionKind.QuickFix);
		action.setDiagnostics(List.of(diagnostic));
		action.setEdit(new WorkspaceEdit(Map.of(uri, edits)));
		return action;
	}
}
