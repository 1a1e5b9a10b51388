package org.itup.dsl.tests.rules;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.itup.dsl.tests.ItupInjectorProvider;
import org.itup.dsl.validation.IssueCodes;
import org.itup.model.ItupPackage;
import org.itup.model.Plan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** Objectives answer for goals as primary; goals have targets and objectives that answer for them. */
@ExtendWith(InjectionExtension.class)
@InjectWith(ItupInjectorProvider.class)
class LinkageRulesTest {

	@Inject
	private RuleTester rules;

	@Test
	void objectiveWithOnlySecondaryGoalLacksAPrimaryGoal() throws Exception {
		String text = Plans.clean().replace("primary goal 1", "secondary goal 1");
		Plan plan = rules.parse("p.itup", text);
		rules.validation().assertIssue(plan, ItupPackage.Literals.OBJECTIVE, IssueCodes.MISSING_PRIMARY_GOAL,
				text.indexOf("A.1 \"Access"), 3, Severity.ERROR,
				"The objective 'A.1' has no primary goal: add 'primary goal <code>' naming the goal it contributes to directly.");
		rules.validation().assertIssue(plan, ItupPackage.Literals.GOAL, IssueCodes.GOAL_ONLY_SECONDARY,
				text.indexOf("1 \"Growth"), 1, Severity.INFO,
				"The goal '1' rests on secondary links only: no objective answers for it directly; consider linking one as primary.");
		org.junit.jupiter.api.Assertions.assertEquals(2, rules.validation().validate(plan).size());
	}

	@Test
	void goalNamedAsPrimaryAndSecondary() throws Exception {
		String text = Plans.clean().replace("primary goal 1", "primary goal 1\n        secondary goal 1");
		Plan plan = rules.parse("p.itup", text);
		rules.assertOnly(plan, ItupPackage.Literals.OBJECTIVE, IssueCodes.DUPLICATE_GOAL_LINK, Severity.ERROR,
				text.indexOf("secondary goal 1") + "secondary goal ".length(), 1,
				"The objective 'A.1' names goal '1' more than once: link each goal once, as primary or as secondary.");
	}

	@Test
	void goalWithoutTarget() throws Exception {
		String text = Plans.clean().replace("goal 1 \"Growth\" {", "goal 2 \"Inclusiveness\" { }\ngoal 1 \"Growth\" {")
				.replace("primary goal 1", "primary goals 1, 2");
		Plan plan = rules.parse("p.itup", text);
		rules.assertOnly(plan, ItupPackage.Literals.GOAL, IssueCodes.GOAL_WITHOUT_TARGET, Severity.WARNING,
				text.indexOf("2 \"Inclusiveness"), 1, "The goal '2' has no target: add at least one target that shows whether the goal is being achieved.");
	}

	@Test
	void goalNoObjectiveLinksTo() throws Exception {
		String text = Plans.clean().replace("goal 1 \"Growth\" {",
				"goal 2 \"Inclusiveness\" { target 2.1 { by 2023 qualitative } }\ngoal 1 \"Growth\" {");
		Plan plan = rules.parse("p.itup", text);
		rules.assertOnly(plan, ItupPackage.Literals.GOAL, IssueCodes.GOAL_WITHOUT_OBJECTIVE, Severity.WARNING,
				text.indexOf("2 \"Inclusiveness"), 1, "No objective is linked to the goal '2': link at least one objective to it as primary ('primary goal 2').");
	}

	@Test
	void primaryObjectiveInAnotherFileOfThePlanCounts() throws Exception {
		String text = Plans.clean().replace("primary goal 1", "primary goal 2");
		rules.parse("a.itup", text);
		Plan second = rules.parse("b.itup",
				"plan p\ngoal 2 \"Inclusiveness\" { target 2.1 { by 2023 qualitative } }\n");
		rules.assertClean(second);
	}
}
