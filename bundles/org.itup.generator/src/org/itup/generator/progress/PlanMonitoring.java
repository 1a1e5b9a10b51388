package org.itup.generator.progress;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.itup.analysis.StrategicPlan;
import org.itup.analysis.monitoring.MonitoringSettings;
import org.itup.analysis.monitoring.Period;
import org.itup.analysis.monitoring.PlanProgress;
import org.itup.dsl.load.LoadedPlans;
import org.itup.generator.GenerationOptionException;
import org.itup.model.MonitoringFile;

/**
 * A plan's monitoring as the progress report reads it: the monitoring files that name the plan, and the settings
 * file ({@code itup-monitoring.properties}) in the folder of the plan's first file.
 */
public final class PlanMonitoring {

	private PlanMonitoring() {
	}

	public static PlanProgress progress(LoadedPlans loaded, StrategicPlan plan, Period period,
			MonitoringSettings settings) {
		return PlanProgress.of(plan, filesOf(loaded, plan), period, settings.thresholds(), settings.weights());
	}

	static List<MonitoringFile> filesOf(LoadedPlans loaded, StrategicPlan plan) {
		return loaded.monitoringFiles().stream().filter(file -> file.getPlan() != null && !file.getPlan().eIsProxy()
				&& plan.name().equals(file.getPlan().getName())).toList();
	}

	/**
	 * The plan folder's settings, defaults when it has none.
	 *
	 * @throws GenerationOptionException naming the file and key when a setting is wrong, before anything is written
	 */
	public static MonitoringSettings settings(StrategicPlan plan) {
		Resource resource = plan.header().eResource();
		URI uri = resource == null ? null : resource.getURI();
		if (uri == null || !uri.isFile()) {
			return MonitoringSettings.DEFAULTS;
		}
		Path folder = Path.of(uri.toFileString()).toAbsolutePath().getParent();
		try {
			return folder == null ? MonitoringSettings.DEFAULTS : MonitoringSettings.read(folder);
		} catch (IllegalArgumentException e) {
			throw new GenerationOptionException(e.getMessage());
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
