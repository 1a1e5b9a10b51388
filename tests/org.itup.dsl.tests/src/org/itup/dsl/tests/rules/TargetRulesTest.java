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

/** Targets are due within the period, measurable or qualitative, and relative ones have a baseline before them. */
@ExtendWith(InjectionExtension.class)
@InjectWith(ItupInjectorProvider.class)
class TargetRulesTest {

	@Inject
	private RuleTester rules;

	@Test
	void deadlineAfterThePeriod() throws Exception {
		String text = Plans.clean().replace("by 2023\n        level", "by 2030\n        level");
		Plan plan = rules.parse("p.itup", text);
		rules.assertOnly(plan, text, ItupPackage.Literals.TARGET, IssueCodes.DEADLINE_OUTSIDE_PERIOD, Severity.ERROR,
				"2030", "The target '1.1' is due in 2030, outside the plan period 2020 to 2023: set a deadline inside the period, or give the target its own 'horizon <year>'.");
	}

	@Test
	void periodInAnotherFileOfThePlanApplies() throws Exception {
		rules.parse("a.itup", Plans.clean().replace("primary goal 1", "primary goals 1, 2"));
		String text = "plan p\ngoal 2 { target 2.1 \"Late\" { by 2019 qualitative } }\n";
		Plan plan = rules.parse("b.itup", text);
		rules.assertOnly(plan, text, ItupPackage.Literals.TARGET, IssueCodes.DEADLINE_OUTSIDE_PERIOD, Severity.ERROR,
				"2019", "The target '2.1' is due in 2019, outside the plan period 2020 to 2023: set a deadline inside the period, or give the target its own 'horizon <year>'.");
	}

	@Test
	void targetWithNeitherValueNorQualitative() throws Exception {
		String text = Plans.clean().replace("        level 65 \"%\"\n", "");
		Plan plan = rules.parse("p.itup", text);
		rules.assertOnly(plan, text, ItupPackage.Literals.TARGET, IssueCodes.TARGET_NOT_MEASURABLE, Severity.WARNING,
				"1.1", "The target '1.1' says neither what value to reach nor that it is qualitative: add for example 'level 60 \"%\"' or 'qualitative'.");
	}

	@Test
	void targetValueWithoutUnit() throws Exception {
		String text = Plans.clean().replace("level 65 \"%\"", "level 65");
		Plan plan = rules.parse("p.itup", text);
		rules.assertOnly(plan, text, ItupPackage.Literals.TARGET, IssueCodes.TARGET_NOT_MEASURABLE, Severity.WARNING,
				"65", "The target '1.1' has a value but no unit: add the unit after the value, e.g. '\"%\"'.");
	}

	@Test
	void relativeTargetWithoutBaseline() throws Exception {
		String text = Plans.clean().replace("        baseline 2017 value 10 \"USD\"\n", "");
		Plan plan = rules.parse("p.itup", text);
		rules.assertOnly(plan, text, ItupPackage.Literals.TARGET, IssueCodes.MISSING_BASELINE, Severity.ERROR,
				"decrease", "The target '1.2' is relative (decrease) but has no baseline: add 'baseline <year> value <value>', "
						+ "or 'baseline <year> measured' when the plan leaves the value to the measurement of that year.");
	}

	@Test
	void relativeTargetWithBaselineYearOnly() throws Exception {
		String text = Plans.clean().replace("baseline 2017 value 10 \"USD\"", "baseline 2017");
		Plan plan = rules.parse("p.itup", text);
		rules.assertOnly(plan, text, ItupPackage.Literals.TARGET, IssueCodes.MISSING_BASELINE, Severity.ERROR,
				"baseline 2017", "The baseline of the relative target '1.2' has a year but no value: add 'value <value>', "
						+ "or 'measured' when the value is the level measured in 2017.");
	}

	@Test
	void measuredBaselineIsEnough() throws Exception {
		String text = Plans.clean().replace("baseline 2017 value 10 \"USD\"", "baseline 2017 measured");
		rules.assertClean(rules.parse("p.itup", text));
	}

	@Test
	void baselineInTheDeadlineYear() throws Exception {
		String text = Plans.clean().replace("baseline 2017 value", "baseline 2023 value");
		Plan plan = rules.parse("p.itup", text);
		rules.assertOnly(plan, text, ItupPackage.Literals.TARGET, IssueCodes.BASELINE_NOT_BEFORE_DEADLINE,
				Severity.ERROR, "baseline 2023 value 10 \"USD\"", "The baseline year 2023 of the target '1.2' is not "
						+ "before its deadline 2023: a baseline is measured before the target is due.");
	}
}
