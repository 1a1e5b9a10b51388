package org.itup.dsl.tests.rules;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Check;
import org.itup.dsl.tests.ItupInjectorProvider;
import org.itup.dsl.validation.PlanRules;
import org.itup.model.Goal;
import org.itup.model.Plan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;
import com.google.inject.Injector;

/**
 * A rule that fails on a half-typed model must be noticed, not skipped: Xtext drops a NullPointerException from a
 * check silently by default, which would let the truncated-example test pass whatever the rules do.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(ItupInjectorProvider.class)
class FailingRuleTest {

	/** A rule written carelessly: it reads the title of a goal that has none yet. */
	public static class CarelessRules extends PlanRules {
		@Check
		public void checkTitleLength(Goal goal) {
			if (goal.getTitle().isEmpty()) {
				warning("empty title", null);
			}
		}
	}

	@Inject
	private RuleTester rules;

	@Inject
	private Injector injector;

	@Test
	void aNullPointerExceptionInARuleIsNotSwallowed() throws Exception {
		Plan plan = rules.parse("p.itup", "plan p\ngoal 1 {\n");
		Goal goal = plan.getGoals().get(0);
		CarelessRules careless = injector.getInstance(CarelessRules.class);
		assertThrows(NullPointerException.class,
				() -> careless.validate(goal.eClass(), goal, new BasicDiagnostic(), new HashMap<>()));
	}
}
