package org.itup.dsl.validation;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.validation.Check;
import org.itup.analysis.LinkageMatrix;
import org.itup.analysis.StrategicPlan;
import org.itup.analysis.vocabulary.PlanVocabulary;
import org.itup.model.Goal;
import org.itup.model.ItupPackage;
import org.itup.model.Objective;
import org.itup.model.PlanLevel;
import org.itup.model.Sector;

/**
 * The linkage of objectives to goals (Table 3 of the ITU plan): every objective answers for at least one goal as
 * primary, names each goal once, and every goal has targets and objectives that answer for it.
 */
public class LinkageValidator extends PlanRules {

	@Check
	public void checkObjectiveHasPrimaryGoal(Objective objective) {
		if (objective.getPrimaryGoals().isEmpty() && objective.getName() != null) {
			finding("The " + wordsOf(objective).one(PlanLevel.OBJECTIVE) + " '" + objective.getName()
					+ "' has no primary goal: add 'primary goal <code>' naming the goal it contributes to directly.",
					ItupPackage.Literals.PLAN_ELEMENT__NAME, IssueCodes.MISSING_PRIMARY_GOAL);
		}
	}

	@Check
	public void checkEachGoalLinkedOnce(Objective objective) {
		Set<Goal> seen = new HashSet<>();
		reportRepeated(objective.getPrimaryGoals(), ItupPackage.Literals.OBJECTIVE__PRIMARY_GOALS, seen, objective);
		reportRepeated(objective.getSecondaryGoals(), ItupPackage.Literals.OBJECTIVE__SECONDARY_GOALS, seen,
				objective);
	}

	private void reportRepeated(List<Goal> goals, EReference feature, Set<Goal> seen, Objective objective) {
		for (int i = 0; i < goals.size(); i++) {
			Goal goal = goals.get(i);
			if (!goal.eIsProxy() && !seen.add(goal)) {
				finding("The " + wordsOf(objective).one(PlanLevel.OBJECTIVE) + " '" + objective.getName() + "' names goal '" + goal.getName()
						+ "' more than once: link each goal once, as primary or as secondary.", feature, i,
						IssueCodes.DUPLICATE_GOAL_LINK);
			}
		}
	}

	@Check
	public void checkContributorsAreOtherSectors(Objective objective) {
		Set<Sector> named = new java.util.HashSet<>();
		if (objective.eContainer() instanceof Sector lead) {
			named.add(lead);
		}
		List<Sector> contributors = objective.getContributors();
		for (int i = 0; i < contributors.size(); i++) {
			Sector contributor = contributors.get(i);
			if (!contributor.eIsProxy() && !named.add(contributor)) {
				PlanVocabulary words = wordsOf(objective);
				String leads = words.one(PlanLevel.OBJECTIVE) + " '" + objective.getName() + "'";
				finding("The " + words.one(PlanLevel.SECTOR) + " '" + contributor.getName() + "' "
						+ (contributor == objective.eContainer()
								? "leads the " + leads + " (it holds it), so it is not also one of its contributors."
								: "is named twice as a contributor of the " + leads + "."),
						ItupPackage.Literals.OBJECTIVE__CONTRIBUTORS, i, IssueCodes.CONTRIBUTOR_REPEATED);
			}
		}
	}

	@Check
	public void checkGoalHasTarget(Goal goal) {
		if (goal.getTargets().isEmpty() && goal.getName() != null) {
			finding("The goal '" + goal.getName()
					+ "' has no target: add at least one target that shows whether the goal is being achieved.",
					ItupPackage.Literals.PLAN_ELEMENT__NAME, IssueCodes.GOAL_WITHOUT_TARGET);
		}
	}

	@Check
	public void checkGoalHasPrimaryObjective(Goal goal) {
		GoalSupport support = goal.getName() == null ? null : planFact(goal, GoalSupport.class, GoalSupport::of);
		if (support == null) {
			return;
		}
		if (support.onSecondaryLinksOnly().contains(goal)) {
			finding("The goal '" + goal.getName()
					+ "' rests on secondary links only: no " + wordsOf(goal).one(PlanLevel.OBJECTIVE)
							+ " answers for it directly; consider linking one as primary.",
					ItupPackage.Literals.PLAN_ELEMENT__NAME, IssueCodes.GOAL_ONLY_SECONDARY);
		} else if (support.withoutPrimaryObjective().contains(goal)) {
			String objective = wordsOf(goal).one(PlanLevel.OBJECTIVE);
			finding("No " + objective + " is linked to the goal '" + goal.getName()
					+ "': link at least one " + objective + " to it as primary ('primary goal " + goal.getName() + "').",
					ItupPackage.Literals.PLAN_ELEMENT__NAME, IssueCodes.GOAL_WITHOUT_OBJECTIVE);
		}
	}

	/**
	 * The plan's goals that lack a primary objective, as sets, so each goal's check is one look-up. Read from the
	 * linkage matrix rather than the whole results chain, whose links from enablers that support all objectives grow
	 * with enablers times objectives.
	 */
	record GoalSupport(Set<Goal> withoutPrimaryObjective, Set<Goal> onSecondaryLinksOnly) {

		static GoalSupport of(StrategicPlan plan) {
			LinkageMatrix matrix = LinkageMatrix.of(plan);
			return new GoalSupport(new HashSet<>(matrix.goalsWithoutPrimaryObjective()),
					new HashSet<>(matrix.goalsOnSecondaryLinksOnly()));
		}
	}
}
