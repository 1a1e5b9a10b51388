package org.itup.analysis.monitoring;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.util.URI;
import org.itup.analysis.StrategicPlan;
import org.itup.model.Measurement;
import org.itup.model.MonitoringFile;
import org.itup.model.Plan;

/**
 * One plan with the monitoring data of a load that is about it, judged as of one period: what the exports and the
 * language server's hover show. The period is the one asked for, or else the latest period that has a measurement of
 * the plan (so a plan folder whose data runs to 2019 is judged as of 2019 without being told); a plan without any
 * measurement has no period and no judgement.
 */
public final class PlanMonitoring {

	private final StrategicPlan plan;
	private final List<MonitoringFile> files;
	private final Optional<Period> asOf;
	private final Optional<PlanProgress> progress;

	private PlanMonitoring(StrategicPlan plan, List<MonitoringFile> files, Optional<Period> asOf,
			Optional<PlanProgress> progress) {
		this.plan = plan;
		this.files = files;
		this.asOf = asOf;
		this.progress = progress;
	}

	/**
	 * @param monitoring every monitoring file of the load; those of other plans are left aside
	 * @param asOf       the period to judge; empty for the latest measured one
	 */
	public static PlanMonitoring of(StrategicPlan plan, List<MonitoringFile> monitoring, Optional<Period> asOf,
			MonitoringSettings settings) {
		List<MonitoringFile> files = filesOf(plan, monitoring);
		Optional<Period> period = asOf.isPresent() ? asOf : latestMeasured(files);
		Optional<PlanProgress> progress = period.map(
				p -> PlanProgress.of(plan, files, p, settings.thresholds(), settings.weights()));
		return new PlanMonitoring(plan, files, period, progress);
	}

	/**
	 * The thresholds and weights of a plan folder ({@link MonitoringSettings#read}). A settings file that cannot be
	 * read or holds a bad value leaves the defaults here: what shows a plan's figures (an export, a hover) is not the
	 * place to stop over it.
	 */
	public static MonitoringSettings settingsIn(Path folder) {
		try {
			return folder == null ? MonitoringSettings.DEFAULTS : MonitoringSettings.read(folder);
		} catch (IOException | IllegalArgumentException unreadable) {
			return MonitoringSettings.DEFAULTS;
		}
	}

	/**
	 * Where a plan's monitoring settings are: the folder of its header file; empty for a plan not read from a file.
	 */
	public static Optional<Path> settingsFolder(Plan header) {
		URI uri = header.eResource() == null ? null : header.eResource().getURI();
		return uri == null || !uri.isFile() ? Optional.empty()
				: Optional.ofNullable(Path.of(uri.toFileString()).toAbsolutePath().getParent());
	}

	/** The monitoring files (written and read from data files) whose plan is {@code plan}, in load order. */
	public static List<MonitoringFile> filesOf(StrategicPlan plan, List<MonitoringFile> monitoring) {
		List<MonitoringFile> files = new ArrayList<>();
		for (MonitoringFile file : monitoring) {
			Plan monitored = file.getPlan();
			if (monitored != null && !monitored.eIsProxy() && plan.name().equals(monitored.getName())) {
				files.add(file);
			}
		}
		return files;
	}

	/** The latest period that has a measurement in {@code files}; empty when none has one that reads. */
	public static Optional<Period> latestMeasured(List<MonitoringFile> files) {
		return measurementsOf(files).stream().map(m -> Period.ifValid(m.getPeriod())).flatMap(Optional::stream)
				.max(Period::compareTo);
	}

	private static List<Measurement> measurementsOf(List<MonitoringFile> files) {
		List<Measurement> measurements = new ArrayList<>();
		files.forEach(file -> measurements.addAll(file.getMeasurements()));
		return measurements;
	}

	public StrategicPlan plan() {
		return plan;
	}

	public List<MonitoringFile> files() {
		return files;
	}

	/** The period statuses are judged as of; empty when the plan has no measurement and none was asked for. */
	public Optional<Period> asOf() {
		return asOf;
	}

	/** The plan's progress as of {@link #asOf()}; empty when there is no such period. */
	public Optional<PlanProgress> progress() {
		return progress;
	}

	/** Every measurement of the plan, in file order. */
	public List<Measurement> measurements() {
		return measurementsOf(files);
	}
}
