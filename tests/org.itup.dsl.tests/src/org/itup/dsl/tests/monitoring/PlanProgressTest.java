package org.itup.dsl.tests.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.itup.analysis.StrategicPlan;
import org.itup.analysis.monitoring.LinkageWeights;
import org.itup.analysis.monitoring.Period;
import org.itup.analysis.monitoring.PlanProgress;
import org.itup.analysis.monitoring.ProgressStatus;
import org.itup.analysis.monitoring.StatusJudgement;
import org.itup.analysis.monitoring.StatusThresholds;
import org.itup.dsl.tests.ItupInjectorProvider;
import org.itup.dsl.tests.rules.RuleTester;
import org.itup.model.MonitoringFile;
import org.itup.model.Plan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** The annual progress of a small plan parsed from text, with a monitoring file for it. */
@ExtendWith(InjectionExtension.class)
@InjectWith(ItupInjectorProvider.class)
class PlanProgressTest {

	private static final String PLAN = """
			plan p "Plan" period 2020 to 2023
			currency "CHF"
			goal 1 "Growth" {
			    target 1.1 "Households online" {
			        by 2023
			        level 65 "%"
			        indicator HH "Households online" {
			            unit "%" baseline 2019 value 54 target 65 by 2023 direction increase
			        }
			    }
			}
			sector A "Sector A" {
			    budget 1000 "CHF" for 2020-2021
			    objective A.1 "Access" {
			        statement "Widen access"
			        primary goal 1
			        outcome A.1-a "More countries connected"
			        output A.1-1 "Regulations"
			    }
			}
			""";

	@Inject
	private RuleTester rules;

	private PlanProgress progress(String measurements) throws Exception {
		Plan plan = rules.parse("p.itup", PLAN);
		MonitoringFile monitoring = rules.parseMonitoring("m.itup", "monitoring of p\n" + measurements);
		return PlanProgress.of(StrategicPlan.of(List.of(plan)).get(0), List.of(monitoring), Period.year(2021),
				StatusThresholds.DEFAULTS, LinkageWeights.DEFAULTS);
	}

	@Test
	void anIndicatorThatHasNotMovedSinceItsBaselineIsOffTrack() throws Exception {
		PlanProgress progress = progress("measured HH in 2021 value 54\n");
		assertEquals(ProgressStatus.OFF_TRACK, progress.judgements().get("HH").status());
		assertEquals(List.of("HH"), progress.completeness().measured());
		assertTrue(progress.completeness().missing().contains("1.1"), progress.completeness().toString());
	}

	/** "Gender equality": a gap of 0 %, stated with no baseline, is reached by falling from the first value measured. */
	@Test
	void aLevelBelowTheFirstMeasuredValueIsReachedByFalling() throws Exception {
		Plan plan = rules.parse("q.itup", """
				plan q "Plan" period 2020 to 2023
				goal 1 "Equality" {
				    target 1.1 "Gender gap in Internet access closed" {
				        by 2023
				        level 0 "%"
				    }
				}
				""");
		String start = "monitoring of q\nmeasured 1.1 in 2019 value 12 \"%\"\n";
		assertEquals(ProgressStatus.OFF_TRACK,
				judged(plan, "slow.itup", start + "measured 1.1 in 2021 value 11 \"%\"\n").status());
		assertEquals(ProgressStatus.ACHIEVED,
				judged(plan, "closed.itup", start + "measured 1.1 in 2021 value 0 \"%\"\n").status());
	}

	private StatusJudgement judged(Plan plan, String fileName, String monitoring) throws Exception {
		MonitoringFile file = rules.parseMonitoring(fileName, monitoring);
		return PlanProgress.of(StrategicPlan.of(List.of(plan)).get(0), List.of(file), Period.year(2021),
				StatusThresholds.DEFAULTS, LinkageWeights.DEFAULTS).judgements().get("1.1");
	}

	@Test
	void theGoalRollsUpItsTargets() throws Exception {
		PlanProgress progress = progress("measured 1.1 in 2021 value 54\n");
		assertEquals(1, progress.rollUps().get("1").total());
		assertEquals(progress.judgements().get("1.1").status(), progress.rollUps().get("1").summary());
	}

	@Test
	void assessmentsOfThePeriodAndSpendingAreCollected() throws Exception {
		PlanProgress progress = progress("""
				spent 400 "CHF" on A.1 in 2021
				assessment A.1 in 2021 "Access widened in two regions."
				assessment A.1 in 2020 "Started."
				""");
		assertEquals(List.of("Access widened in two regions."), progress.assessments().get("A.1"));
		assertEquals(0, progress.resources().byElement().get("A").planned().compareTo(new java.math.BigDecimal(1000)));
		assertEquals(0, progress.resources().byElement().get("A.1").spent().compareTo(new java.math.BigDecimal(400)));
	}
}
