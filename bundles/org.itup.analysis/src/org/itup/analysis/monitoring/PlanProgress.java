package org.itup.analysis.monitoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.itup.analysis.StrategicPlan;
import org.itup.model.Assessment;
import org.itup.model.Goal;
import org.itup.model.Measurable;
import org.itup.model.Measurement;
import org.itup.model.MonitoringFile;
import org.itup.model.Objective;
import org.itup.model.Outcome;
import org.itup.model.Output;
import org.itup.model.PerformanceIndicator;
import org.itup.model.Sector;
import org.itup.model.Target;

/**
 * The annual progress of one strategic plan for one period, as the progress report shows it: every target and
 * indicator judged, the roll-ups to goals, outcomes, objectives and sectors, the data gaps, the narrative assessments
 * of the period and the resources by sector, objective and goal. One place that puts the monitoring analysis together
 * so that the report and its tests see the same figures.
 *
 * @param period      the period judged
 * @param judgements  the judgement of each target and indicator, by code, in plan order
 * @param series      the series each judgement was made on, by code
 * @param rollUps     roll-ups of goals (their targets), outcomes, objectives and sectors (their indicators), by code
 * @param completeness which targets and indicators have a value for the period
 * @param assessments the narrative assessments of the period, by objective code
 * @param resources   planned against spent by sector, objective, output and goal, with the missing rates
 */
public record PlanProgress(Period period, Map<String, StatusJudgement> judgements, Map<String, Series> series,
		Map<String, RollUp> rollUps, DataCompleteness completeness, Map<String, List<String>> assessments,
		ResourcesByGoal.Report resources) {

	public static PlanProgress of(StrategicPlan plan, List<MonitoringFile> monitoring, Period period,
			StatusThresholds thresholds, LinkageWeights weights) {
		List<Measurement> measurements = new ArrayList<>();
		monitoring.forEach(file -> measurements.addAll(file.getMeasurements()));
		Judging judging = new Judging(defaultYear(plan), measurements, new ProgressJudge(thresholds), period);
		Map<String, RollUp> rollUps = new LinkedHashMap<>();
		for (Goal goal : plan.goals()) {
			rollUps.put(goal.getName(), RollUp.of(goal.getName(), judging.targets(goal.getTargets())));
		}
		for (Sector sector : plan.sectors()) {
			List<ProgressStatus> sectorStatuses = new ArrayList<>();
			for (Objective objective : sector.getObjectives()) {
				List<ProgressStatus> objectiveStatuses = new ArrayList<>(judging.indicators(objective.getIndicators()));
				for (Outcome outcome : objective.getOutcomes()) {
					List<ProgressStatus> outcomeStatuses = judging.indicators(outcome.getIndicators());
					rollUps.put(outcome.getName(), RollUp.of(outcome.getName(), outcomeStatuses));
					objectiveStatuses.addAll(outcomeStatuses);
				}
				for (Output output : objective.getOutputs()) {
					judging.indicators(output.getIndicators());
				}
				rollUps.put(objective.getName(), RollUp.of(objective.getName(), objectiveStatuses));
				sectorStatuses.addAll(objectiveStatuses);
			}
			rollUps.put(sector.getName(), RollUp.of(sector.getName(), sectorStatuses));
		}
		return new PlanProgress(period, judging.judgements, judging.series, rollUps,
				DataCompleteness.of(judging.series.values(), period), assessments(monitoring, period),
				resources(plan, monitoring, period, weights));
	}

	private static int defaultYear(StrategicPlan plan) {
		return plan.header().getEndYear();
	}

	private static Map<String, List<String>> assessments(List<MonitoringFile> monitoring, Period period) {
		Map<String, List<String>> byObjective = new LinkedHashMap<>();
		for (MonitoringFile file : monitoring) {
			for (Assessment assessment : file.getAssessments()) {
				if (assessment.getObjective() != null && assessment.getPeriod() != null
						&& Period.ifValid(assessment.getPeriod()).filter(period::equals).isPresent()) {
					byObjective.computeIfAbsent(assessment.getObjective().getName(), k -> new ArrayList<>())
							.add(assessment.getText());
				}
			}
		}
		return byObjective;
	}

	/**
	 * The whole plan's allocations against what was spent by the end of the period: spending reported for later
	 * periods is left out, as if the report had been written then (the statuses ignore later values the same way).
	 */
	private static ResourcesByGoal.Report resources(StrategicPlan plan, List<MonitoringFile> monitoring,
			Period period, LinkageWeights weights) {
		PlanMoney money = new PlanMoney(plan);
		List<ObjectiveLinks> links = plan.objectives().stream()
				.map(o -> new ObjectiveLinks(o.getName(), o.getPrimaryGoals().stream().map(Goal::getName).toList(),
						o.getSecondaryGoals().stream().map(Goal::getName).toList()))
				.toList();
		List<Allocation> spent = money.spent(monitoring).stream().filter(a -> a.period().end() <= period.end())
				.toList();
		return new ResourcesByGoal(money.tree(), links, money.rates(), weights).report(money.allocations(), spent,
				null);
	}

	/** Judges targets and indicators once each, remembering the series and judgement by code in plan order. */
	private static final class Judging {
		final Map<String, StatusJudgement> judgements = new LinkedHashMap<>();
		final Map<String, Series> series = new LinkedHashMap<>();
		private final int defaultYear;
		private final List<Measurement> measurements;
		private final ProgressJudge judge;
		private final Period period;

		Judging(int defaultYear, List<Measurement> measurements, ProgressJudge judge, Period period) {
			this.defaultYear = defaultYear;
			this.measurements = measurements;
			this.judge = judge;
			this.period = period;
		}

		List<ProgressStatus> targets(List<Target> targets) {
			List<ProgressStatus> statuses = new ArrayList<>();
			for (Target target : targets) {
				// a target without a code is a syntax error; a forced run still judges the rest, its indicators too
				if (target.getName() != null) {
					statuses.add(judge(target));
				}
				indicators(target.getIndicators());
			}
			return statuses;
		}

		/** Indicators without a code are left out: no measurement can name them, and a roll-up counts by code. */
		List<ProgressStatus> indicators(List<PerformanceIndicator> indicators) {
			return indicators.stream().filter(indicator -> indicator.getName() != null).map(this::judge).toList();
		}

		private ProgressStatus judge(Measurable subject) {
			Series built = PlanSeries.of(subject, defaultYear, measurements);
			StatusJudgement judgement = judge.judge(built, period);
			series.put(built.code(), built);
			judgements.put(built.code(), judgement);
			return judgement.status();
		}
	}
}
