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

/** Targets, outcomes and outputs are numbered after their parent, in order and without gaps. */
@ExtendWith(InjectionExtension.class)
@InjectWith(ItupInjectorProvider.class)
class CodeConventionRulesTest {

	@Inject
	private RuleTester rules;

	@Test
	void conventionalCodesPass() throws Exception {
		rules.assertClean(rules.parse("p.itup", Plans.clean()));
	}

	@Test
	void targetNumberedWithAGap() throws Exception {
		String text = Plans.clean().replace("target 1.2", "target 1.3");
		Plan plan = rules.parse("p.itup", text);
		rules.assertOnly(plan, text, ItupPackage.Literals.TARGET, IssueCodes.TARGET_NUMBERING, Severity.WARNING,
				"1.3", "The target code '1.3' does not follow the numbering of its goal: as the 2nd target it should "
						+ "be '1.2'. Renumber it (codes run in order, without gaps).");
	}

	@Test
	void outcomeWithANumberInsteadOfALetter() throws Exception {
		String text = Plans.clean().replace("outcome A.1-a", "outcome A.1-1");
		Plan plan = rules.parse("p.itup", text);
		rules.assertOnly(plan, text, ItupPackage.Literals.OUTCOME, IssueCodes.OUTCOME_NUMBERING, Severity.WARNING,
				"A.1-1", "The outcome code 'A.1-1' does not follow the numbering of its objective: as the 1st outcome "
						+ "it should be 'A.1-a'. Renumber it (codes run in order, without gaps).");
	}

	@Test
	void outputOfAnotherObjective() throws Exception {
		String text = Plans.clean().replace("output A.1-1", "output B.1-1");
		Plan plan = rules.parse("p.itup", text);
		rules.assertOnly(plan, text, ItupPackage.Literals.OUTPUT, IssueCodes.OUTPUT_NUMBERING, Severity.WARNING,
				"B.1-1", "The output code 'B.1-1' does not follow the numbering of its objective: as the 1st output "
						+ "it should be 'A.1-1'. Renumber it (codes run in order, without gaps).");
	}
}
