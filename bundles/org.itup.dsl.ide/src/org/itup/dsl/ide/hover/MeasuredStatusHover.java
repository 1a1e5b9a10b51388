package org.itup.dsl.ide.hover;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.itup.analysis.StrategicPlan;
import org.itup.analysis.monitoring.MonitoringSettings;
import org.itup.analysis.monitoring.Period;
import org.itup.analysis.monitoring.PlanMonitoring;
import org.itup.analysis.monitoring.PlanSeries;
import org.itup.analysis.monitoring.ProgressJudge;
import org.itup.analysis.monitoring.Series;
import org.itup.analysis.monitoring.StatusJudgement;
import org.itup.analysis.text.MarkdownText;
import org.itup.model.Measurable;
import org.itup.model.Measurement;
import org.itup.model.MonitoringFile;
import org.itup.model.Plan;

/**
 * The monitoring part of a target's or indicator's hover: its latest measured value with period and unit, and its
 * status as of the latest period measured in the plan's monitoring files, judged as the exports judge it.
 * <p>
 * The language server reads the monitoring {@code .itup} files of the workspace, not the CSV data files they name (the
 * exports and the progress report do). When the plan's monitoring files name data files, the hover says that values
 * from them are not shown, so a missing value is not mistaken for missing data.
 */
public final class MeasuredStatusHover {

	private MeasuredStatusHover() {
	}

	/** {@code text} with the monitoring part appended when {@code element} is a measured target or indicator. */
	public static String appendTo(String text, EObject element) {
		if (text == null || !(element instanceof Measurable measurable) || measurable.getName() == null) {
			return text;
		}
		return describe(measurable).map(part -> text + "\n\n" + part).orElse(text);
	}

	private static Optional<String> describe(Measurable subject) {
		Plan plan = EcoreUtil.getRootContainer(subject) instanceof Plan root ? root : null;
		ResourceSet resources = subject.eResource() == null ? null : subject.eResource().getResourceSet();
		if (plan == null || plan.getName() == null || resources == null) {
			return Optional.empty();
		}
		StrategicPlan whole = StrategicPlan.of(roots(resources, Plan.class).stream()
				.filter(part -> plan.getName().equals(part.getName())).toList()).get(0);
		List<MonitoringFile> files = PlanMonitoring.filesOf(whole, roots(resources, MonitoringFile.class));
		if (files.isEmpty()) {
			return Optional.empty();
		}
		List<Measurement> measurements = new ArrayList<>();
		files.forEach(file -> measurements.addAll(file.getMeasurements()));
		Series series = PlanSeries.of(subject, whole.header().getEndYear(), measurements);
		StringBuilder text = new StringBuilder();
		Optional<Map.Entry<Period, Double>> latest = Optional.ofNullable(series.measurements().lastEntry());
		text.append(latest.map(value -> "- Latest measured: " + number(value.getValue(), series.unit()) + " in "
				+ value.getKey()).orElse("- Latest measured: no value in the workspace's monitoring files"));
		dataFilesNote(files).ifPresent(text::append);
		PlanMonitoring.latestMeasured(files).ifPresent(asOf -> {
			StatusJudgement judgement = new ProgressJudge(settings(whole.header()).thresholds()).judge(series, asOf);
			text.append("\n- Status as of ").append(asOf).append(": ").append(judgement.status().label())
					.append(" (").append(MarkdownText.phrase(judgement.explanation())).append(')');
		});
		return Optional.of(text.toString());
	}

	private static String number(double value, String unit) {
		String number = BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
		return MarkdownText.phrase(unit.isEmpty() ? number : number + " " + unit);
	}

	/** The note that CSV data files are not read here, naming them; empty when no file names one. */
	private static Optional<String> dataFilesNote(List<MonitoringFile> files) {
		List<String> names = files.stream().flatMap(file -> file.getDataFiles().stream()).toList();
		return names.isEmpty() ? Optional.empty()
				: Optional.of(" (values in the data files " + MarkdownText.phrase(String.join(", ", names))
						+ " are not read by the editor: the exports and the progress report include them)");
	}

	/**
	 * The roots of one kind among the resources of the server's project, which holds every file of the workspace (the
	 * build loads them all), opened in an editor or not.
	 */
	private static <T> List<T> roots(ResourceSet resources, Class<T> kind) {
		List<T> roots = new ArrayList<>();
		for (Resource resource : List.copyOf(resources.getResources())) {
			if (!resource.getContents().isEmpty() && kind.isInstance(resource.getContents().get(0))) {
				roots.add(kind.cast(resource.getContents().get(0)));
			}
		}
		return roots;
	}

	/** The thresholds of the folder of the plan's header file, as the exports read them. */
	private static MonitoringSettings settings(Plan plan) {
		return PlanMonitoring.settingsIn(PlanMonitoring.settingsFolder(plan).orElse(null));
	}
}
