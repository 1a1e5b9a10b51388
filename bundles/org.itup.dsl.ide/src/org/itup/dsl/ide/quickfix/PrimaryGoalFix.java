package org.itup.dsl.ide.quickfix;

import java.util.List;
import java.util.Objects;

import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.nodemodel.INode;
import org.itup.dsl.validation.IssueCodes;
import org.itup.model.Goal;
import org.itup.model.ItupPackage;
import org.itup.model.Objective;
import org.itup.model.Plan;

/**
 * Adds the missing primary link of an objective: one fix per goal of the file's plan, each inserting
 * {@code primary goal <code>} after the objective's statement (or its opening brace). A goal the objective already
 * names as secondary is not offered, since a goal is linked once.
 */
final class PrimaryGoalFix implements IssueFix {

	@Override
	public List<String> codes() {
		return List.of(IssueCodes.MISSING_PRIMARY_GOAL);
	}

	@Override
	public List<PlanQuickFix> fixes(FixContext context) {
		Objective objective = context.element(Objective.class);
		Plan plan = EcoreUtil2.getContainerOfType(objective, Plan.class);
		int at = objective == null ? -1 : insertionPoint(objective, context.text());
		if (plan == null || at < 0) {
			return List.of();
		}
		String indent = PlanText.indentOfLine(context.text(), PlanText.node(objective).getOffset()) + "    ";
		return plan.getGoals().stream().map(Goal::getName).filter(Objects::nonNull)
				.filter(goal -> objective.getSecondaryGoals().stream().noneMatch(g -> goal.equals(g.getName())))
				.map(goal -> PlanQuickFix.of("Link goal " + goal + " as primary",
						PlanTextEdit.insert(at, indent + "primary goal " + goal + "\n")))
				.toList();
	}

	/** The start of the line after the statement, or after the opening brace when there is no statement. */
	private static int insertionPoint(Objective objective, String text) {
		List<INode> statement = PlanText.featureNodes(objective, ItupPackage.Literals.OBJECTIVE__STATEMENT);
		if (!statement.isEmpty()) {
			return PlanText.nextLineStart(text, statement.get(0).getEndOffset());
		}
		INode node = PlanText.node(objective);
		int brace = node == null ? -1 : text.indexOf('{', node.getOffset());
		return brace < 0 || brace > node.getEndOffset() ? -1 : PlanText.nextLineStart(text, brace);
	}
}
