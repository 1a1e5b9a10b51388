package org.itup.generator.progress;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.itup.analysis.StrategicPlan;
import org.itup.analysis.monitoring.MonitoringSettings;
import org.itup.analysis.monitoring.Period;
import org.itup.analysis.monitoring.PlanMonitoring;
import org.itup.analysis.monitoring.PlanProgress;
import org.itup.analysis.monitoring.Series;
import org.itup.analysis.monitoring.StatusJudgement;
import org.itup.dsl.load.LoadedPlans;
import org.itup.model.Goal;
import org.itup.model.Measurable;
import org.itup.model.Measurement;
import org.itup.model.Objective;
import org.itup.model.Outcome;
import org.itup.model.Output;
import org.itup.model.PerformanceIndicator;
import org.itup.model.Sector;
import org.itup.model.Target;

/**
 * What every part of one plan's progress report reads from: the plan, its progress in the period, the settings the
 * statuses were judged with, the run's files (for the footer) and the words for the plan's levels.
 */
public record ProgressContext(StrategicPlan plan, PlanProgress progress, MonitoringSettings settings,
		LoadedPlans loaded, LevelWords words) {

	public Period period() {
		return progress.period();
	}

	/** How many targets and indicators the period's data completeness counts. */
	int seriesCount() {
		return progress.completeness().measured().size() + progress.completeness().missing().size();
	}

	StatusJudgement judgement(String code) {
		return progress.judgements().get(code);
	}

	Series series(String code) {
		return progress.series().get(code);
	}

	/**
	 * Where the value of a target or indicator in a period comes from, as the monitoring data says: its source and
	 * note, empty when it gives neither.
	 */
	Optional<String> provenance(String code, Period measuredIn) {
		return PlanMonitoring.filesOf(plan, loaded.monitoringFiles()).stream().flatMap(file -> file.getMeasurements().stream())
				.filter(m -> m.getSubject() != null && code.equals(m.getSubject().getName())
						&& Period.ifValid(m.getPeriod()).filter(measuredIn::equals).isPresent())
				.findFirst().map(ProgressContext::provenance).filter(text -> !text.isEmpty());
	}

	private static String provenance(Measurement measurement) {
		List<String> parts = new ArrayList<>();
		if (measurement.getSource() != null && !measurement.getSource().isBlank()) {
			parts.add("source: " + measurement.getSource());
		}
		if (measurement.getNote() != null && !measurement.getNote().isBlank()) {
			parts.add("note: " + measurement.getNote());
		}
		return String.join("; ", parts);
	}

	/** Every target and indicator with a code, by code, in plan order: what the monitoring speaks of. */
	Map<String, Measurable> subjects() {
		Map<String, Measurable> subjects = new LinkedHashMap<>();
		for (Goal goal : plan.goals()) {
			for (Target target : goal.getTargets()) {
				put(subjects, target);
				target.getIndicators().forEach(indicator -> put(subjects, indicator));
			}
		}
		for (Sector sector : plan.sectors()) {
			for (Objective objective : sector.getObjectives()) {
				objective.getIndicators().forEach(indicator -> put(subjects, indicator));
				for (Outcome outcome : objective.getOutcomes()) {
					outcome.getIndicators().forEach(indicator -> put(subjects, indicator));
				}
				for (Output output : objective.getOutputs()) {
					output.getIndicators().forEach(indicator -> put(subjects, indicator));
				}
			}
		}
		return subjects;
	}

	/** The words a target or indicator is known by: a target's statement, an indicator's title. */
	static String text(Measurable subject) {
		String text = subject instanceof PerformanceIndicator indicator ? indicator.getTitle()
				: ((Target) subject).getStatement();
		return text == null ? "" : text;
	}

	/** Judged targets and indicators only: an indicator without a code is not in the progress. */
	List<Measurable> judged(List<? extends Measurable> subjects) {
		return subjects.stream().filter(s -> s.getName() != null && progress.judgements().containsKey(s.getName()))
				.map(Measurable.class::cast).toList();
	}

	private static void put(Map<String, Measurable> subjects, Measurable subject) {
		if (subject.getName() != null) {
			subjects.putIfAbsent(subject.getName(), subject);
		}
	}
}
