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

/** Objectives have outcomes and outputs; outcomes have indicators once the plan uses them. */
@ExtendWith(InjectionExtension.class)
@InjectWith(ItupInjectorProvider.class)
class ResultsRulesTest {

	@Inject
	private RuleTester rules;

	@Test
	void objectiveWithoutOutcome() throws Exception {
		String text = Plans.clean().replace("        outcome A.1-a \"More countries connected\"\n", "");
		Plan plan = rules.parse("p.itup", text);
		rules.assertOnly(plan, text, ItupPackage.Literals.OBJECTIVE, IssueCodes.MISSING_OUTCOME, Severity.WARNING,
				"A.1", "The objective 'A.1' has no outcome: add one that shows whether the objective is being achieved.");
	}

	@Test
	void objectiveWithoutOutput() throws Exception {
		String text = Plans.clean().replace("        output A.1-1 \"Regulations\"\n", "");
		Plan plan = rules.parse("p.itup", text);
		rules.assertOnly(plan, text, ItupPackage.Literals.OBJECTIVE, IssueCodes.MISSING_OUTPUT, Severity.WARNING,
				"A.1", "The objective 'A.1' has no output: add the deliverables, products or services that implement it.");
	}

	@Test
	void outcomeWithoutIndicatorOnceOthersHaveOne() throws Exception {
		String text = Plans.clean().replace("outcome A.1-a \"More countries connected\"",
				"outcome A.1-a \"More countries connected\" { indicator \"Countries\" { baseline 2019 value 10 target 40 } }\n        outcome A.1-b \"Lower prices\"");
		Plan plan = rules.parse("p.itup", text);
		rules.assertOnly(plan, text, ItupPackage.Literals.OUTCOME, IssueCodes.OUTCOME_WITHOUT_INDICATOR,
				Severity.WARNING, "A.1-b", "The outcome 'A.1-b' has no indicator although other outcomes of the plan "
						+ "have: add 'indicator \"<name>\"' in braces after it.");
	}

	@Test
	void everyOutcomeWithAnIndicatorPasses() throws Exception {
		String text = Plans.clean().replace("outcome A.1-a \"More countries connected\"",
				"outcome A.1-a \"More countries connected\" { indicator \"Countries\" { baseline 2019 value 10 target 40 } }");
		rules.assertClean(rules.parse("p.itup", text));
	}
}
