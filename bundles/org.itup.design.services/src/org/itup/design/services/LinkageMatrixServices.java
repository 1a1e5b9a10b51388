package org.itup.design.services;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.itup.analysis.LinkageMatrix;
import org.itup.analysis.StrategicPlan;
import org.itup.model.Goal;
import org.itup.model.Objective;

/**
 * Sirius services of the linkage matrix (Table 3 of a plan): objectives as lines, goals as columns, and a cell for
 * every pair, so that any cell can be edited, including one with no link yet.
 */
public class LinkageMatrixServices {

	public List<Objective> matrixObjectives(EObject element) {
		return LinkageMatrix.of(PlanParts.planOf(element)).objectives();
	}

	public List<Goal> matrixGoals(EObject element) {
		return LinkageMatrix.of(PlanParts.planOf(element)).goals();
	}

	/** The label of a cell: "primary", "secondary" or empty. */
	public String linkageLabel(EObject objective, EObject goal) {
		if (!(objective instanceof Objective line) || !(goal instanceof Goal column)) {
			return "";
		}
		return LinkageMatrix.of(PlanParts.planOf(objective)).linkage(line, column).label();
	}

	/**
	 * Sets the link of an objective to a goal from what the modeller typed in the cell, by changing the objective's
	 * primary and secondary goal lists; the text editor's serializer then rewrites only that objective's lines.
	 *
	 * @return the objective, as the new context of the tool that called it
	 */
	public EObject setLinkage(EObject objective, EObject goal, String typed) {
		if (!(objective instanceof Objective line) || !(goal instanceof Goal column)) {
			throw new IllegalArgumentException("a linkage joins an objective and a goal, not " + objective + " and "
					+ goal);
		}
		StrategicPlan plan = PlanParts.planOf(line);
		new LinkageCell(plan, line, column).set(LinkageCell.parse(typed));
		return line;
	}
}
