package org.itup.generator;

import java.nio.file.Paths;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.itup.analysis.StrategicPlan;
import org.itup.analysis.monitoring.MonitoringSettings;
import org.itup.analysis.monitoring.Period;
import org.itup.analysis.monitoring.PlanMonitoring;
import org.itup.model.OperationalPlan;

/**
 * The monitoring of one plan in a generation run, the same for every writer of the run (derived once, see
 * {@link PlanMemo}): the load's monitoring files of the plan, judged as of {@link #asOf} with the settings of the
 * folder that holds the plan's header file.
 */
public final class RunMonitoring {

	private RunMonitoring() {
	}

	public static PlanMonitoring of(GenerationRequest request, StrategicPlan plan) {
		return request.memo().get(plan, PlanMonitoring.class, p -> PlanMonitoring.of(p,
				request.loaded().monitoringFiles(), asOf(request), settings(p)));
	}

	/** The operational plans among {@code all} that implement {@code plan}. */
	public static List<OperationalPlan> operationalPlansOf(StrategicPlan plan, List<OperationalPlan> all) {
		return all.stream().filter(op -> op.getStrategicPlan() != null && !op.getStrategicPlan().eIsProxy()
				&& plan.name().equals(op.getStrategicPlan().getName())).toList();
	}

	/**
	 * The period asked for; none yet, so each plan is judged as of its latest measured period. The run's
	 * {@code --period} option is passed here once {@link GenerationOptions} carries it.
	 */
	static Optional<Period> asOf(GenerationRequest request) {
		return Optional.empty();
	}

	/** The settings of the folder that holds the plan's header file. */
	private static MonitoringSettings settings(StrategicPlan plan) {
		Resource resource = plan.header().eResource();
		URI uri = resource == null ? null : resource.getURI();
		if (uri == null || !uri.isFile()) {
			return MonitoringSettings.DEFAULTS;
		}
		return PlanMonitoring.settingsIn(Paths.get(uri.toFileString()).toAbsolutePath().getParent());
	}
}
