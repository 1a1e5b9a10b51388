package org.itup.design.tests;

import org.itup.model.Goal;
import org.itup.model.ItupFactory;
import org.itup.model.Objective;
import org.itup.model.Plan;
import org.itup.model.Sector;

/**
 * A plan built in memory with three goals and one sector of two objectives, none linked yet: each test links what
 * it needs.
 */
final class SmallPlan {

	final Plan plan = ItupFactory.eINSTANCE.createPlan();
	final Goal goal1 = goal("1");
	final Goal goal2 = goal("2");
	final Goal goal3 = goal("3");
	final Sector sector = ItupFactory.eINSTANCE.createSector();
	final Objective objectiveA = objective("S.1");
	final Objective objectiveB = objective("S.2");

	SmallPlan() {
		plan.setName("small");
		sector.setName("S");
		plan.getSectors().add(sector);
	}

	private Goal goal(String code) {
		Goal goal = ItupFactory.eINSTANCE.createGoal();
		goal.setName(code);
		plan.getGoals().add(goal);
		return goal;
	}

	private Objective objective(String code) {
		Objective objective = ItupFactory.eINSTANCE.createObjective();
		objective.setName(code);
		sector.getObjectives().add(objective);
		return objective;
	}
}
