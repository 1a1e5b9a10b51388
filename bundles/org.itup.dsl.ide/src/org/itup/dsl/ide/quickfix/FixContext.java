package org.itup.dsl.ide.quickfix;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;
import org.itup.analysis.vocabulary.PlanVocabulary;
import org.itup.dsl.vocabulary.PlanWords;

/**
 * Where a diagnostic sits: the parsed file, its text, and the range the diagnostic marks. Fixes read the model
 * rather than the diagnostic's extra data, so they work from whatever an editor hands back (an LSP client returns
 * only the code and the range).
 */
public record FixContext(XtextResource resource, String text, String code, int offset, int length) {

	private static final EObjectAtOffsetHelper ELEMENTS = new EObjectAtOffsetHelper();

	public static FixContext of(XtextResource resource, String code, int offset, int length) {
		return new FixContext(resource, resource.getParseResult().getRootNode().getText(), code, offset, length);
	}

	/** The innermost element of the given type that contains the diagnostic's start, or null. */
	public <T extends EObject> T element(Class<T> type) {
		EObject at = ELEMENTS.resolveContainedElementAt(resource, offset);
		return at == null ? null : EcoreUtil2.getContainerOfType(at, type);
	}

	/** What the element's plan calls its levels, for a fix's label and the keyword it writes. */
	public PlanVocabulary words(EObject element) {
		return resource.getResourceServiceProvider().get(PlanWords.class).of(element);
	}

	public String marked() {
		int end = Math.min(text.length(), offset + length);
		return offset < 0 || offset > end ? "" : text.substring(offset, end);
	}
}
