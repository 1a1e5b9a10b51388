package org.itup.dsl.tests.rules;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.itup.dsl.tests.ItupInjectorProvider;
import org.itup.dsl.validation.IssueCodes;
import org.itup.model.ItupPackage;
import org.itup.model.MonitoringFile;
import org.itup.model.Plan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * Indicators, budgets and monitoring data (issue 12): each rule broken once in an otherwise clean plan, and the
 * monitoring file that measures it.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(ItupInjectorProvider.class)
class MonitoringRulesTest {

	private static final String INDICATOR = """
			        indicator HH "Households online" {
			            unit "%" baseline 2019 value 54 target 65 by 2023 direction increase
			            milestone 2021 value 58
			            milestone 2022 value 61
			        }
			""";

	@Inject
	private RuleTester rules;

	private static String plan(String header, String indicator, String sectorBudget, String objectiveBudget) {
		return Plans.clean().replace("period 2020 to 2023\n", "period 2020 to 2023\n" + header)
				.replace("        level 65 \"%\"\n", "        level 65 \"%\"\n" + indicator)
				.replace("sector A \"Sector A\" {\n", "sector A \"Sector A\" {\n" + sectorBudget)
				.replace("        primary goal 1\n", "        primary goal 1\n" + objectiveBudget);
	}

	private static String cleanPlan() {
		return plan("currency \"CHF\"\nrate \"USD\" 0.9\n", INDICATOR, "    budget 1000 \"CHF\" for 2020-2021\n",
				"        budget 900 \"USD\" for 2020\n");
	}

	@Test
	void aPlanWithIndicatorsBudgetsAndRatesIsClean() throws Exception {
		rules.assertClean(rules.parse("p.itup", cleanPlan()));
	}

	@Test
	void negativeAndDecimalNumbersParseEverywhere() throws Exception {
		Plan plan = rules.parse("p.itup", cleanPlan().replace("milestone 2021 value 58", "milestone 2021 value 58.5")
				.replace("level 65", "level 65.25"));
		rules.assertClean(plan);
	}

	@Test
	void indicatorWithoutBaseline() throws Exception {
		String text = cleanPlan().replace(" baseline 2019 value 54", "");
		rules.assertOnly(rules.parse("p.itup", text), ItupPackage.Literals.PERFORMANCE_INDICATOR,
				IssueCodes.INDICATOR_INCOMPLETE, Severity.WARNING, text.indexOf("HH \"Households online\"") + 3, 19,
				"The indicator 'HH' has no baseline, so its progress cannot be judged: add 'baseline <year> value <value>' and 'target <value> by <year>'.");
	}

	@Test
	void milestoneAgainstTheDirection() throws Exception {
		String text = cleanPlan().replace("milestone 2022 value 61", "milestone 2022 value 50");
		rules.assertOnly(rules.parse("p.itup", text), text, ItupPackage.Literals.PERFORMANCE_INDICATOR,
				IssueCodes.MILESTONE_AGAINST_DIRECTION, Severity.WARNING, "milestone 2022 value 50",
				"The milestone 2022 of the indicator 'HH' goes against its direction (increase): milestones lead from the baseline towards the target.");
	}

	@Test
	void reversedRange() throws Exception {
		String text = cleanPlan().replace("direction increase", "direction increase between 70 and 60");
		rules.assertOnly(rules.parse("p.itup", text), text, ItupPackage.Literals.INDICATOR_BOUND,
				IssueCodes.BOUND_REVERSED, Severity.ERROR, "70",
				"The range 'between 70 and 60' is reversed: write the lower value first.");
	}

	@Test
	void negativeBudget() throws Exception {
		String text = cleanPlan().replace("budget 1000 \"CHF\"", "budget -1000 \"CHF\"");
		EObject plan = rules.parse("p.itup", text);
		rules.assertOnly(plan, text, ItupPackage.Literals.BUDGET, IssueCodes.NEGATIVE_AMOUNT, Severity.ERROR, "-1000",
				"An amount of money cannot be negative (-1000).");
	}

	@Test
	void currencyWithoutRate() throws Exception {
		String text = cleanPlan().replace("rate \"USD\" 0.9\n", "");
		rules.assertOnly(rules.parse("p.itup", text), ItupPackage.Literals.BUDGET, IssueCodes.CURRENCY_WITHOUT_RATE,
				Severity.ERROR, text.indexOf("900 \"USD\"") + 4, 5,
				"The currency \"USD\" differs from the plan's (\"CHF\") and the plan declares no rate for it: add 'rate \"USD\" <value>' to the plan's header (what one USD is worth in CHF), or declare the plan's currency with 'currency'.");
	}

	@Test
	void partsAllocatedMoreThanTheirSector() throws Exception {
		String text = cleanPlan().replace("budget 900 \"USD\" for 2020", "budget 1200 \"USD\" for 2020");
		rules.assertOnly(rules.parse("p.itup", text), text, ItupPackage.Literals.BUDGET,
				IssueCodes.ALLOCATION_EXCEEDS_PARENT, Severity.WARNING, "1000",
				"Too much allocated to the parts: the allocations to the parts of A within 2020-2021 come to 1080 CHF, more than its 1000 CHF.");
	}

	@Test
	void targetDueAfterThePeriodWithinItsOwnHorizon() throws Exception {
		rules.assertClean(rules.parse("p.itup", cleanPlan().replace("by 2023\n        level 65",
				"by 2030 horizon 2030\n        level 65").replace("target 65 by 2023", "target 65 by 2030")));
	}

	@Test
	void aMeasurementFileIsCleanWhenItsDataFits() throws Exception {
		rules.parse("p.itup", cleanPlan());
		MonitoringFile monitoring = rules.parseMonitoring("m.itup", """
				monitoring of p
				measured HH in 2021 value 57.5 "%" source "Survey" date "2022-03-01" note "provisional"
				measured 1.1 in 2022-Q3 value 60
				spent 800 "CHF" on A.1 in 2020
				assessment A.1 in 2021 "Access widened in two regions."
				""");
		rules.assertClean(monitoring);
	}

	@Test
	void measurementInAnotherUnit() throws Exception {
		rules.parse("p.itup", cleanPlan());
		String text = "monitoring of p\nmeasured HH in 2021 value 57 \"percent\"\n";
		rules.assertOnly(rules.parseMonitoring("m.itup", text), text, ItupPackage.Literals.MEASUREMENT,
				IssueCodes.MEASUREMENT_UNIT, Severity.ERROR, "\"percent\"",
				"The measurement of 'HH' is in \"percent\" but the plan measures it in \"%\": convert the value, or correct the unit.");
	}

	@Test
	void measurementOutsideThePlanAndIndicatorYears() throws Exception {
		rules.parse("p.itup", cleanPlan());
		String text = "monitoring of p\nmeasured HH in 2031 value 70\n";
		rules.assertOnly(rules.parseMonitoring("m.itup", text), text, ItupPackage.Literals.MEASUREMENT,
				IssueCodes.MEASUREMENT_OUTSIDE_PERIOD, Severity.WARNING, "2031",
				"The measurement of 'HH' for 2031 lies outside the years the plan and its indicator cover (2019 to 2023): check the period.");
	}

	/** The year before the period is where a plan's figures start from, whether or not a baseline names it. */
	@Test
	void theYearBeforeThePeriodIsMeasuredAsTheStartingPoint() throws Exception {
		rules.parse("p.itup", cleanPlan());
		rules.assertClean(rules.parseMonitoring("start.itup", "monitoring of p\nmeasured 1.1 in 2019 value 55\n"));
		String text = "monitoring of p\nmeasured 1.1 in 2018 value 53\n";
		rules.assertOnly(rules.parseMonitoring("before.itup", text), text, ItupPackage.Literals.MEASUREMENT,
				IssueCodes.MEASUREMENT_OUTSIDE_PERIOD, Severity.WARNING, "2018",
				"The measurement of '1.1' for 2018 lies outside the years the plan and its target cover (2019 to 2023): check the period.");
	}

	@Test
	void measuredTwiceForOnePeriod() throws Exception {
		rules.parse("p.itup", cleanPlan());
		String text = "monitoring of p\nmeasured HH in 2021 value 57\nmeasured HH in 2021 value 58\n";
		rules.assertOnly(rules.parseMonitoring("m.itup", text), ItupPackage.Literals.MEASUREMENT,
				IssueCodes.MEASUREMENT_TWICE, Severity.ERROR, text.lastIndexOf("2021"), 4,
				"'HH' is measured twice for 2021 in this file: keep one value per period.");
	}

	@Test
	void dateThatIsNoIsoDate() throws Exception {
		rules.parse("p.itup", cleanPlan());
		String text = "monitoring of p\nmeasured HH in 2021 value 57 date \"1 March 2022\"\n";
		rules.assertOnly(rules.parseMonitoring("m.itup", text), text, ItupPackage.Literals.MEASUREMENT,
				IssueCodes.MEASUREMENT_DATE, Severity.WARNING, "\"1 March 2022\"",
				"The date \"1 March 2022\" is not an ISO date: write it as year-month-day, e.g. \"2022-11-30\".");
	}

	@Test
	void moneySpentOnAGoal() throws Exception {
		rules.parse("p.itup", cleanPlan());
		String text = "monitoring of p\nspent 10 \"CHF\" on 1 in 2021\n";
		rules.assertOnly(rules.parseMonitoring("m.itup", text), ItupPackage.Literals.EXPENDITURE,
				IssueCodes.SPENT_ON_WRONG_ELEMENT, Severity.ERROR, text.indexOf("on 1") + 3, 1,
				"Money is spent on sectors, objectives and outputs, not on the goal '1'.");
	}

	@Test
	void anUnknownCodeIsALinkingError() throws Exception {
		rules.parse("p.itup", cleanPlan());
		MonitoringFile monitoring = rules.parseMonitoring("m.itup", "monitoring of p\nmeasured XX in 2021 value 5\n");
		rules.validation().assertError(monitoring, ItupPackage.Literals.MEASUREMENT,
				org.eclipse.xtext.diagnostics.Diagnostic.LINKING_DIAGNOSTIC);
	}

	@Test
	void aBadPeriodIsRefusedWhereItIsWritten() throws Exception {
		rules.parse("p.itup", cleanPlan());
		MonitoringFile monitoring = rules.parseMonitoring("m.itup", "monitoring of p\nmeasured HH in 2022-13 value 5\n");
		rules.validation().assertError(monitoring, ItupPackage.Literals.MEASUREMENT,
				org.eclipse.xtext.diagnostics.Diagnostic.SYNTAX_DIAGNOSTIC, "'2022-13' is not a period, for example 2022, 2022-Q3, 2022-07 or 2020-2021");
	}

	@Test
	void aTargetAndAnIndicatorMayNotShareACode() throws Exception {
		String text = cleanPlan().replace("indicator HH", "indicator 1.2");
		Plan plan = rules.parse("p.itup", text);
		rules.validation().assertError(plan, ItupPackage.Literals.PERFORMANCE_INDICATOR, IssueCodes.DUPLICATE_CODE,
				"The code '1.2' of this performance indicator is also the code of a target (in this file): measurements name targets and indicators by code, so give each its own code.");
	}
}
