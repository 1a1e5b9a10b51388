package org.itup.dsl.ide.quickfix;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * Where things are in a plan file's text, so fixes insert lines with the indentation around them.
 */
final class PlanText {

	private PlanText() {
	}

	static int lineStart(String text, int offset) {
		return text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
	}

	/** Offset just after the line's line break (or the end of the text). */
	static int nextLineStart(String text, int offset) {
		int newline = text.indexOf('\n', offset);
		return newline < 0 ? text.length() : newline + 1;
	}

	static String indentOfLine(String text, int offset) {
		int start = lineStart(text, offset);
		int end = start;
		while (end < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) {
			end++;
		}
		return text.substring(start, end);
	}

	static INode node(EObject element) {
		return element == null ? null : NodeModelUtils.findActualNodeFor(element);
	}

	static List<INode> featureNodes(EObject element, EStructuralFeature feature) {
		return NodeModelUtils.findNodesForFeature(element, feature);
	}

	/** Offset of the element's closing brace, or -1 when it has none (yet). */
	static int closingBrace(EObject element) {
		INode node = node(element);
		if (!(node instanceof ICompositeNode composite)) {
			return -1;
		}
		INode last = composite.getLastChild();
		while (last != null && last.getText().isBlank()) {
			last = last.getPreviousSibling();
		}
		return last != null && "}".equals(last.getText()) ? last.getOffset() : -1;
	}

	/** Offset of the element's own opening brace, or -1 when it has none. */
	static int openingBrace(EObject element) {
		INode node = node(element);
		if (node == null) {
			return -1;
		}
		for (ILeafNode leaf : node.getLeafNodes()) {
			if (!leaf.isHidden() && "{".equals(leaf.getText())) {
				return leaf.getOffset();
			}
		}
		return -1;
	}

	/**
	 * Inserts a clause as the last line inside the element's braces, one level deeper than the element, or before
	 * the brace when the brace shares its line with other text. Null when the element has no closing brace (yet).
	 */
	static PlanTextEdit lastInBraces(String text, EObject element, String clause) {
		int brace = closingBrace(element);
		if (brace < 0) {
			return null;
		}
		String indent = indentOfLine(text, node(element).getOffset());
		int at = lineStart(text, brace);
		if (!text.substring(at, brace).isBlank()) {
			return PlanTextEdit.insert(brace, "\n" + indent + "    " + clause + "\n" + indent);
		}
		return PlanTextEdit.insert(at, indent + "    " + clause + "\n");
	}

	/**
	 * Inserts a clause first inside the element's braces: on a line of its own when the brace ends its line, else
	 * right after the brace.
	 */
	static PlanTextEdit firstInBraces(String text, int brace, String clause) {
		int lineEnd = nextLineStart(text, brace);
		if (text.substring(brace + 1, lineEnd).isBlank() && lineEnd < text.length()) {
			String indent = indentOfLine(text, brace) + "    ";
			return PlanTextEdit.insert(lineEnd, indent + clause + "\n");
		}
		return PlanTextEdit.insert(brace + 1, " " + clause);
	}
}
