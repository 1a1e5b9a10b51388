package org.itup.dsl.serializer;

import java.util.List;

import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.itup.model.Objective;

/**
 * An objective as the planner wrote it, read from the text as it was loaded: how it is indented, so that a linkage
 * line the serializer adds lines up with the objective's other lines whatever the file uses (spaces or tabs, two or
 * four), and where it ends.
 */
final class ObjectiveText {

	private ObjectiveText() {
	}

	/**
	 * The indentation of the lines inside the objective that {@code token} belongs to: that of its first line after
	 * the opening brace, or, when the objective has no such line yet, one step more than the objective's own line.
	 * Objectives sit one level inside their sector, so their own indentation is one step.
	 */
	static String ofLinesInside(INode token) {
		ICompositeNode node = objectiveNode(token);
		if (node == null) {
			return ofLine(token);
		}
		ILeafNode first = firstTokenInsideBraces(node);
		if (first != null && startsLine(first) && !"}".equals(first.getText())) {
			return ofLine(first);
		}
		String objectiveLine = ofLine(node);
		// an objective at the margin shows no step; a tab is the formatter's default indentation
		return objectiveLine + (objectiveLine.isEmpty() ? "\t" : objectiveLine);
	}

	/** The indentation of the objective's own line, where its closing brace goes. */
	static String ofObjective(INode token) {
		ICompositeNode node = objectiveNode(token);
		return ofLine(node == null ? token : node);
	}

	/** The closing brace the planner wrote for the objective that {@code token} belongs to. */
	static ILeafNode closingBrace(INode token) {
		ICompositeNode node = objectiveNode(token);
		ILeafNode brace = null;
		for (ILeafNode leaf : node == null ? List.<ILeafNode>of() : node.getLeafNodes()) {
			brace = "}".equals(leaf.getText()) ? leaf : brace;
		}
		return brace;
	}

	private static ICompositeNode objectiveNode(INode token) {
		Objective objective = EcoreUtil2.getContainerOfType(token.getSemanticElement(), Objective.class);
		return objective == null ? null : NodeModelUtils.findActualNodeFor(objective);
	}

	/** The spaces and tabs that start the line on which a node starts. */
	static String ofLine(INode node) {
		String text = node.getRootNode().getText();
		int start = lineStart(text, node.getOffset());
		int end = start;
		while (end < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) {
			end++;
		}
		return text.substring(start, end);
	}

	private static boolean startsLine(INode node) {
		String text = node.getRootNode().getText();
		return text.substring(lineStart(text, node.getOffset()), node.getOffset()).isBlank();
	}

	private static int lineStart(String text, int offset) {
		return offset == 0 ? 0 : text.lastIndexOf('\n', offset - 1) + 1;
	}

	private static ILeafNode firstTokenInsideBraces(ICompositeNode objective) {
		boolean inside = false;
		for (ILeafNode leaf : objective.getLeafNodes()) {
			if (inside && !leaf.isHidden()) {
				return leaf;
			}
			inside |= !leaf.isHidden() && "{".equals(leaf.getText());
		}
		return null;
	}
}
