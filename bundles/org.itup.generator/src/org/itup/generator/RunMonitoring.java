package org.itup.generator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.itup.analysis.StrategicPlan;
import org.itup.analysis.monitoring.MonitoringSettings;
import org.itup.analysis.monitoring.PlanMonitoring;
import org.itup.model.OperationalPlan;

/**
 * The monitoring of one plan in a generation run, the same for every writer of the run (derived once, see
 * {@link PlanMemo}): the load's monitoring files of the plan, judged as of the run's period
 * ({@link GenerationOptions#period}, else the latest measured one) with the settings of the folder that holds the
 * plan's header file. The exports, the report's figures and the progress report therefore agree on every status.
 */
public final class RunMonitoring {

	private RunMonitoring() {
	}

	public static PlanMonitoring of(GenerationRequest request, StrategicPlan plan) {
		return request.memo().get(plan, PlanMonitoring.class, p -> PlanMonitoring.of(p,
				request.loaded().monitoringFiles(), request.options().period(), settings(request, p)));
	}

	/** The operational plans among {@code all} that implement {@code plan}. */
	public static List<OperationalPlan> operationalPlansOf(StrategicPlan plan, List<OperationalPlan> all) {
		return all.stream().filter(op -> op.getStrategicPlan() != null && !op.getStrategicPlan().eIsProxy()
				&& plan.name().equals(op.getStrategicPlan().getName())).toList();
	}

	/**
	 * The settings of the folder that holds the plan's header file (defaults when it has none), read once per run.
	 *
	 * @throws GenerationOptionException naming the file and key when a setting is wrong: a run refuses it before
	 *                                   anything is written ({@link PlanArtifactWriter#check})
	 */
	public static MonitoringSettings settings(GenerationRequest request, StrategicPlan plan) {
		return request.memo().get(plan, MonitoringSettings.class, RunMonitoring::read);
	}

	/**
	 * Reads the monitoring settings of every plan of the run, before any writer writes, when one of them
	 * {@link PlanArtifactWriter#showsStatuses shows statuses}: a wrong settings file is refused before anything is
	 * written.
	 */
	static void checkSettings(GenerationRequest request) {
		request.plans().forEach(plan -> settings(request, plan));
	}

	private static MonitoringSettings read(StrategicPlan plan) {
		Optional<Path> folder = PlanMonitoring.settingsFolder(plan.header());
		if (folder.isEmpty()) {
			return MonitoringSettings.DEFAULTS;
		}
		try {
			return MonitoringSettings.read(folder.get());
		} catch (IllegalArgumentException e) {
			throw new GenerationOptionException(e.getMessage());
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
