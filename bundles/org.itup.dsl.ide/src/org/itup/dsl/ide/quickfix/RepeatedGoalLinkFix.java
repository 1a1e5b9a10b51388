package org.itup.dsl.ide.quickfix;

import java.util.List;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.nodemodel.INode;
import org.itup.dsl.validation.IssueCodes;
import org.itup.model.ItupPackage;
import org.itup.model.Objective;

/**
 * Removes a goal an objective names a second time: the repeated code with its comma, or the whole
 * {@code secondary goal <code>} line when that code was its only one.
 */
final class RepeatedGoalLinkFix implements IssueFix {

	private static final Pattern CLAUSE_START = Pattern.compile("\\s*(primary|secondary)\\s+goals?\\s*");

	@Override
	public List<String> codes() {
		return List.of(IssueCodes.DUPLICATE_GOAL_LINK);
	}

	@Override
	public List<PlanQuickFix> fixes(FixContext context) {
		Objective objective = context.element(Objective.class);
		if (objective == null) {
			return List.of();
		}
		for (EReference feature : List.of(ItupPackage.Literals.OBJECTIVE__PRIMARY_GOALS,
				ItupPackage.Literals.OBJECTIVE__SECONDARY_GOALS)) {
			List<INode> nodes = PlanText.featureNodes(objective, feature);
			for (int i = 0; i < nodes.size(); i++) {
				if (covers(nodes.get(i), context)) {
					return removal(context.text(), nodes, i);
				}
			}
		}
		return List.of();
	}

	private static boolean covers(INode node, FixContext context) {
		return node.getOffset() <= context.offset() + context.length() && context.offset() < node.getEndOffset();
	}

	private static List<PlanQuickFix> removal(String text, List<INode> nodes, int index) {
		INode node = nodes.get(index);
		String label = "Remove the repeated goal '" + node.getText().strip() + "'";
		if (nodes.size() > 1) {
			int start = index > 0 ? nodes.get(index - 1).getEndOffset() : node.getOffset();
			int end = index > 0 ? node.getEndOffset() : nodes.get(1).getOffset();
			return List.of(PlanQuickFix.of(label, PlanTextEdit.delete(start, end - start)));
		}
		int lineStart = PlanText.lineStart(text, node.getOffset());
		int nextLine = PlanText.nextLineStart(text, node.getEndOffset());
		if (!CLAUSE_START.matcher(text.substring(lineStart, node.getOffset())).matches()
				|| !text.substring(node.getEndOffset(), nextLine).isBlank()) {
			return List.of();
		}
		return List.of(PlanQuickFix.of(label, PlanTextEdit.delete(lineStart, nextLine - lineStart)));
	}
}
