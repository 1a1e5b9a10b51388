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

/** Enablers say whom they support; a sector objective no enabler supports is pointed out. */
@ExtendWith(InjectionExtension.class)
@InjectWith(ItupInjectorProvider.class)
class EnablerRulesTest {

	@Inject
	private RuleTester rules;

	@Test
	void enablerWithoutSupportsClause() throws Exception {
		String text = Plans.clean().replace("supports A.1", "activity \"Meetings\"")
				.replace("sector A \"Sector A\"", "inter-sectoral A \"Sector A\"");
		Plan plan = rules.parse("p.itup", text);
		rules.assertOnly(plan, text, ItupPackage.Literals.ENABLER, IssueCodes.ENABLER_WITHOUT_SUPPORT,
				Severity.WARNING, "A-1", "The enabler 'A-1' supports no objective: add 'supports <objective>, ...' or 'supports all'.");
	}

	@Test
	void sectorObjectiveNoEnablerSupports() throws Exception {
		String text = Plans.clean().replace("supports A.1", "supports all")
				.replace("    enabler A-1", "    objective A.2 \"Standards\" {\n        primary goal 1\n"
						+ "        outcome A.2-a \"Standards used\"\n        output A.2-1 \"Recommendations\"\n    }\n    enabler A-1")
				.replace("supports all", "supports A.1");
		Plan plan = rules.parse("p.itup", text);
		rules.assertOnly(plan, text, ItupPackage.Literals.OBJECTIVE, IssueCodes.OBJECTIVE_WITHOUT_ENABLER,
				Severity.INFO, "A.2", "No enabler supports the objective 'A.2': name it in the 'supports' list of the enablers that make it achievable.");
	}

	@Test
	void enablerSupportingAllCoversEveryObjective() throws Exception {
		String text = Plans.clean().replace("supports A.1", "supports all");
		rules.assertClean(rules.parse("p.itup", text));
	}
}
