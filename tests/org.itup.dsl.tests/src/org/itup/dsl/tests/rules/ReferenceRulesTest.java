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

/** SDG targets and indicators and WSIS action lines are official codes. */
@ExtendWith(InjectionExtension.class)
@InjectWith(ItupInjectorProvider.class)
class ReferenceRulesTest {

	@Inject
	private RuleTester rules;

	@Test
	void unknownSdgTarget() throws Exception {
		String text = Plans.clean().replace("sdg 9.c (9.c.1)", "sdg 9.z");
		Plan plan = rules.parse("p.itup", text);
		rules.assertOnly(plan, text, ItupPackage.Literals.SDG_LINK, IssueCodes.UNKNOWN_SDG_TARGET, Severity.ERROR,
				"9.z", "'9.z' is not an official SDG target code: use a code of the official list (e.g. 9.c).");
	}

	@Test
	void sdgGoalOutOfRange() throws Exception {
		String text = Plans.clean().replace("sdg 9.c (9.c.1)", "sdg 18.1");
		Plan plan = rules.parse("p.itup", text);
		rules.assertOnly(plan, text, ItupPackage.Literals.SDG_LINK, IssueCodes.UNKNOWN_SDG_TARGET, Severity.ERROR,
				"18.1", "'18.1' is not an official SDG target code: use a code of the official list (e.g. 9.c).");
	}

	@Test
	void unknownSdgIndicator() throws Exception {
		String text = Plans.clean().replace("sdg 9.c (9.c.1)", "sdg 9.c (9.c.9)");
		Plan plan = rules.parse("p.itup", text);
		rules.assertOnly(plan, text, ItupPackage.Literals.SDG_LINK, IssueCodes.UNKNOWN_SDG_INDICATOR, Severity.ERROR,
				"9.c.9", "'9.c.9' is not an official SDG indicator code: use a code of the official list (e.g. 9.c.1).");
	}

	@Test
	void unknownCustodianIndicator() throws Exception {
		String text = Plans.clean() + "sdg custodian 17.6.2, 17.6.9\n";
		Plan plan = rules.parse("p.itup", text);
		rules.assertOnly(plan, text, ItupPackage.Literals.PLAN, IssueCodes.UNKNOWN_SDG_INDICATOR, Severity.ERROR,
				"17.6.9", "'17.6.9' is not an official SDG indicator code: use a code of the official list (e.g. 9.c.1).");
	}

	@Test
	void sdgCodeInCapitals() throws Exception {
		String text = Plans.clean().replace("sdg 9.c (9.c.1)", "sdg 9.C (9.c.1)");
		Plan plan = rules.parse("p.itup", text);
		rules.assertOnly(plan, text, ItupPackage.Literals.SDG_LINK, IssueCodes.SDG_CODE_CASE, Severity.WARNING,
				"9.C", "The SDG target '9.C' is written with capitals: the official code is '9.c'.");
	}

	@Test
	void unknownWsisActionLine() throws Exception {
		String text = Plans.clean().replace("wsis C2", "wsis C2, C12");
		Plan plan = rules.parse("p.itup", text);
		rules.assertOnly(plan, text, ItupPackage.Literals.GOAL, IssueCodes.UNKNOWN_WSIS_ACTION_LINE, Severity.ERROR,
				"C12", "'C12' is not a WSIS action line: the action lines are C1 to C11.");
	}

	@Test
	void unknownWsisActionLineOfAnObjective() throws Exception {
		String text = Plans.clean().replace("primary goal 1", "primary goal 1\n        wsis C0");
		Plan plan = rules.parse("p.itup", text);
		rules.assertOnly(plan, text, ItupPackage.Literals.OBJECTIVE, IssueCodes.UNKNOWN_WSIS_ACTION_LINE,
				Severity.ERROR, "C0", "'C0' is not a WSIS action line: the action lines are C1 to C11.");
	}

	@Test
	void unknownWsisActionLineTheOrganisationFacilitates() throws Exception {
		String text = Plans.clean() + "wsis facilitator C5, c6\n";
		Plan plan = rules.parse("p.itup", text);
		rules.assertOnly(plan, text, ItupPackage.Literals.PLAN, IssueCodes.UNKNOWN_WSIS_ACTION_LINE, Severity.ERROR,
				"c6", "'c6' is not a WSIS action line: the action lines are C1 to C11.");
	}
}
