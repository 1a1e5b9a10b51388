package org.itup.dsl.linking;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.linking.lazy.LazyLinkingResource;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.util.Triple;

/**
 * A plan file as Xtext loads it, with linking errors kept in time linear in their number ({@link LinkingDiagnostics}):
 * a generated or half-converted plan can have hundreds of thousands of references that do not resolve.
 */
public class PlanResource extends LazyLinkingResource {

	private final LinkingDiagnostics linkingDiagnostics = new LinkingDiagnostics();

	@Override
	protected void createAndAddDiagnostic(Triple<EObject, EReference, INode> reference) {
		if (isValidationDisabled()) {
			return;
		}
		DiagnosticMessage message = createDiagnosticMessage(reference);
		if (message != null) {
			linkingDiagnostics.addIfAbsent(getDiagnosticList(message), createDiagnostic(reference, message));
		}
	}

	@Override
	protected void removeDiagnostic(Triple<EObject, EReference, INode> reference) {
		if (getErrors().isEmpty() && getWarnings().isEmpty()) {
			return;
		}
		int offset = reference.getThird().getOffset();
		if (!linkingDiagnostics.mayHoldAt(getErrors(), offset) && !linkingDiagnostics.mayHoldAt(getWarnings(), offset)) {
			return;
		}
		DiagnosticMessage message = createDiagnosticMessage(reference);
		if (message == null) {
			return;
		}
		List<Diagnostic> list = getDiagnosticList(message);
		if (!list.isEmpty()) {
			linkingDiagnostics.remove(list, createDiagnostic(reference, message));
		}
	}

	@Override
	protected void clearErrorsAndWarnings() {
		super.clearErrorsAndWarnings();
		linkingDiagnostics.clear();
	}
}
