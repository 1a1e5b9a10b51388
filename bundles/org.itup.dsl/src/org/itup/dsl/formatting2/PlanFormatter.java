package org.itup.dsl.formatting2;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.formatting2.AbstractFormatter2;
import org.eclipse.xtext.formatting2.IFormattableDocument;
import org.eclipse.xtext.formatting2.IHiddenRegionFormatter;
import org.eclipse.xtext.formatting2.regionaccess.IHiddenRegion;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.xbase.lib.Pair;

/**
 * Lays plans out the way the ITU example is written: blocks indented by their braces, a line that continues the
 * previous element (a long statement, a list of goals) indented one step more, single spaces between words.
 * It keeps the author's line structure (where a line breaks, and one blank line at most) rather than imposing
 * one, so formatting never joins what the planner kept apart, keeps every comment, and is idempotent.
 */
public class PlanFormatter extends AbstractFormatter2 {

	/** Called once with the resource; the layout is decided token by token over the whole text from there. */
	@Override
	public void format(Object resource, IFormattableDocument document) {
		if (resource instanceof XtextResource plan && !plan.getContents().isEmpty()) {
			format(plan, document);
		}
	}

	private void format(XtextResource resource, IFormattableDocument document) {
		EObject root = resource.getContents().get(0);
		indentBlocks(root, document);
		root.eAllContents().forEachRemaining(element -> indentBlocks(element, document));
		ISemanticRegion token = getTextRegionAccess().regionForRootEObject().getPreviousHiddenRegion()
				.getNextSemanticRegion();
		while (token != null) {
			space(token, document);
			token = token.getNextSemanticRegion();
		}
	}

	private void indentBlocks(EObject element, IFormattableDocument document) {
		for (Pair<ISemanticRegion, ISemanticRegion> braces : textRegionExtensions.regionFor(element)
				.keywordPairs("{", "}")) {
			document.interior(braces, IHiddenRegionFormatter::indent);
		}
	}

	/** Formats the space after one token, and indents the line it starts when that line is a continuation. */
	private void space(ISemanticRegion token, IFormattableDocument document) {
		IHiddenRegion after = token.getNextHiddenRegion();
		ISemanticRegion next = after.getNextSemanticRegion();
		if (next == null) {
			document.set(after, IHiddenRegionFormatter::newLine);
			return;
		}
		if (PlanTokens.breaksLine(after)) {
			int lines = Math.min(2, Math.max(1, PlanTokens.lineBreaks(after)));
			document.set(after, f -> f.setNewLines(lines));
			if (PlanTokens.continues(token, next)) {
				document.set(after, PlanTokens.endOfLine(next), IHiddenRegionFormatter::indent);
			}
		} else if (PlanTokens.insideCode(token, next, after)) {
			document.set(after, IHiddenRegionFormatter::noSpace);
		} else if (PlanTokens.hugs(token, next)) {
			document.set(after, IHiddenRegionFormatter::noSpace);
		} else {
			document.set(after, IHiddenRegionFormatter::oneSpace);
		}
	}
}
