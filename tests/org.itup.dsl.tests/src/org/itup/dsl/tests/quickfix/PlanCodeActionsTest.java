package org.itup.dsl.tests.quickfix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.resource.XtextResource;
import org.itup.dsl.ide.ItupIdeSetup;
import org.itup.dsl.ide.quickfix.PlanCodeActions;
import org.itup.dsl.tests.PlanFilesFixture;
import org.itup.dsl.validation.IssueCodes;
import org.itup.model.Plan;
import org.junit.jupiter.api.Test;

import com.google.inject.Injector;

/**
 * The language server offers the quick fixes as code actions: the IDE module binds them, and a diagnostic the client
 * sends back becomes a code action whose edit fixes the text.
 */
class PlanCodeActionsTest {

	private static final Injector IDE = new ItupIdeSetup().createInjectorAndDoEMFRegistration();

	@Test
	void theIdeModuleBindsThePlanCodeActions() {
		assertInstanceOf(PlanCodeActions.class, IDE.getInstance(ICodeActionService2.class));
	}

	@Test
	void renumberingDiagnosticBecomesAQuickFixCodeAction() throws Exception {
		String text = "plan p\ngoal 1 {\n    target 1.1 { qualitative }\n    target 1.5 { qualitative }\n}\n";
		Plan plan = IDE.getInstance(PlanFilesFixture.class).parse("p.itup", text);
		Diagnostic diagnostic = new Diagnostic(new Range(new Position(3, 11), new Position(3, 14)), "renumber");
		diagnostic.setCode(IssueCodes.TARGET_NUMBERING);
		ICodeActionService2.Options options = new ICodeActionService2.Options();
		options.setDocument(new Document(1, text));
		options.setResource((XtextResource) plan.eResource());
		options.setURI("file:///plans/p.itup");
		options.setCodeActionParams(new CodeActionParams(new TextDocumentIdentifier("file:///plans/p.itup"),
				diagnostic.getRange(), new CodeActionContext(List.of(diagnostic))));

		var actions = IDE.getInstance(ICodeActionService2.class).getCodeActions(options);

		assertEquals(1, actions.size());
		CodeAction action = actions.get(0).getRight();
		assertEquals("Renumber to '1.2'", action.getTitle());
		assertEquals(CodeActionKind.QuickFix, action.getKind());
		assertEquals(List.of(new TextEdit(diagnostic.getRange(), "1.2")),
				action.getEdit().getChanges().get("file:///plans/p.itup"));
	}
}
