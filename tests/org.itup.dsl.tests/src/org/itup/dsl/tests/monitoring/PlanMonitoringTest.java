package org.itup.dsl.tests.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.itup.analysis.StrategicPlan;
import org.itup.analysis.monitoring.MonitoringSettings;
import org.itup.analysis.monitoring.Period;
import org.itup.analysis.monitoring.PlanMonitoring;
import org.itup.dsl.tests.ItupInjectorProvider;
import org.itup.dsl.tests.rules.RuleTester;
import org.itup.model.MonitoringFile;
import org.itup.model.Plan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** The period a plan's monitoring is judged as of, and which monitoring files are the plan's. */
@ExtendWith(InjectionExtension.class)
@InjectWith(ItupInjectorProvider.class)
class PlanMonitoringTest {

	private static final String PLAN = """
			plan p "Plan" period 2020 to 2023
			goal 1 "Growth" {
			    target 1.1 "Households online" {
			        by 2023
			        level 65 "%"
			        baseline 2019 value 54 "%"
			        indicator HH "Households online" { unit "%" baseline 2019 value 54 target 65 by 2023 }
			        indicator "Without a code" { unit "%" baseline 2019 value 1 target 2 }
			    }
			}
			""";

	@Inject
	private RuleTester rules;

	private PlanMonitoring monitoring(Optional<Period> asOf, String... files) throws Exception {
		Plan plan = rules.parse("p.itup", PLAN);
		List<MonitoringFile> monitoring = new java.util.ArrayList<>();
		for (int i = 0; i < files.length; i++) {
			monitoring.add(rules.parseMonitoring("m" + i + ".itup", files[i]));
		}
		return PlanMonitoring.of(StrategicPlan.of(List.of(plan)).get(0), monitoring, asOf, MonitoringSettings.DEFAULTS);
	}

	@Test
	void withoutAPeriodTheLatestMeasuredOneIsJudged() throws Exception {
		PlanMonitoring monitoring = monitoring(Optional.empty(),
				"monitoring of p\nmeasured HH in 2020 value 55\nmeasured 1.1 in 2021-Q3 value 57\n");
		assertEquals(Optional.of(Period.quarter(2021, 3)), monitoring.asOf());
		assertEquals(Period.quarter(2021, 3), monitoring.progress().orElseThrow().period());
	}

	@Test
	void aYearEndsAfterItsQuarters() throws Exception {
		PlanMonitoring monitoring = monitoring(Optional.empty(),
				"monitoring of p\nmeasured HH in 2021 value 55\nmeasured 1.1 in 2021-Q3 value 57\n");
		assertEquals(Optional.of(Period.year(2021)), monitoring.asOf());
	}

	@Test
	void anExplicitPeriodIsKept() throws Exception {
		PlanMonitoring monitoring = monitoring(Optional.of(Period.year(2020)),
				"monitoring of p\nmeasured HH in 2021 value 60\n");
		assertEquals(Optional.of(Period.year(2020)), monitoring.asOf());
		assertEquals("no data", monitoring.progress().orElseThrow().judgements().get("HH").status().label());
	}

	@Test
	void aPlanWithoutMeasurementsHasNoPeriodAndNoJudgement() throws Exception {
		PlanMonitoring monitoring = monitoring(Optional.empty());
		assertEquals(Optional.empty(), monitoring.asOf());
		assertEquals(Optional.empty(), monitoring.progress());
	}

	@Test
	void anIndicatorWithoutACodeIsNotJudged() throws Exception {
		PlanMonitoring monitoring = monitoring(Optional.empty(), "monitoring of p\nmeasured HH in 2021 value 60\n");
		assertEquals(List.of("1.1", "HH"), List.copyOf(monitoring.progress().orElseThrow().judgements().keySet()));
	}

	/** What a forced run of a plan whose target code did not parse leaves: the rest is still judged. */
	@Test
	void aTargetWithoutACodeIsNotJudged() throws Exception {
		Plan plan = rules.parse("p.itup", PLAN);
		plan.getGoals().get(0).getTargets().get(0).setName(null);
		MonitoringFile monitoring = rules.parseMonitoring("m.itup", "monitoring of p\nmeasured HH in 2021 value 60\n");
		PlanMonitoring judged = PlanMonitoring.of(StrategicPlan.of(List.of(plan)).get(0), List.of(monitoring),
				Optional.empty(), MonitoringSettings.DEFAULTS);
		assertEquals(List.of("HH"), List.copyOf(judged.progress().orElseThrow().judgements().keySet()));
	}

	@Test
	void monitoringFilesOfAnotherPlanAreLeftAside() throws Exception {
		rules.parse("q.itup", "plan q \"Other\" period 2020 to 2023\ngoal 1 \"G\" { target 1.1 \"T\" { by 2023 level 1 } }\n");
		PlanMonitoring monitoring = monitoring(Optional.empty(), "monitoring of q\nmeasured 1.1 in 2022 value 1\n",
				"monitoring of p\nmeasured HH in 2021 value 60\n");
		assertEquals(1, monitoring.files().size());
		assertEquals(Optional.of(Period.year(2021)), monitoring.asOf());
	}
}
