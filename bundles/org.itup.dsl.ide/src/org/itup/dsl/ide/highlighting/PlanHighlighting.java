package org.itup.dsl.ide.highlighting;

import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.ide.editor.syntaxcoloring.DefaultSemanticHighlightingCalculator;
import org.eclipse.xtext.ide.editor.syntaxcoloring.IHighlightedPositionAcceptor;
import org.eclipse.xtext.util.CancelIndicator;
import org.itup.model.ItupPackage;

/**
 * Colours what a grammar-only highlighter cannot tell apart: the code an element declares, a code that refers to
 * another element, and an official SDG or WSIS code. The style names are LSP semantic token types, which the
 * language server reports by name.
 */
public class PlanHighlighting extends DefaultSemanticHighlightingCalculator {

	public static final String DECLARED_CODE = "type";

	public static final String REFERENCED_CODE = "variable";

	public static final String OFFICIAL_CODE = "enumMember";

	private static final Set<String> OFFICIAL_CODE_ATTRIBUTES = Set.of("target", "indicators", "wsisActionLines",
			"sdgCustodianIndicators");

	@Override
	protected boolean highlightElement(EObject element, IHighlightedPositionAcceptor acceptor,
			CancelIndicator cancelIndicator) {
		if (ItupPackage.Literals.PLAN_ELEMENT.isSuperTypeOf(element.eClass())) {
			highlightFeature(acceptor, element, ItupPackage.Literals.PLAN_ELEMENT__NAME, DECLARED_CODE);
		}
		for (EReference reference : element.eClass().getEAllReferences()) {
			if (!reference.isContainment() && !reference.isContainer()) {
				highlightFeature(acceptor, element, reference, REFERENCED_CODE);
			}
		}
		for (EAttribute attribute : element.eClass().getEAllAttributes()) {
			if (OFFICIAL_CODE_ATTRIBUTES.contains(attribute.getName())) {
				highlightFeature(acceptor, element, attribute, OFFICIAL_CODE);
			}
		}
		return false;
	}
}
