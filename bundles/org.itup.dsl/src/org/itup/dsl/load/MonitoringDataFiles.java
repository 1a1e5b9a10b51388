package org.itup.dsl.load;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.itup.dsl.load.CsvRows.Cell;
import org.itup.dsl.load.PlanDiagnostic.Severity;
import org.itup.dsl.validation.IssueCodes;
import org.itup.model.ItupPackage;
import org.itup.model.Measurable;
import org.itup.model.Measurement;
import org.itup.model.MonitoringFile;
import org.itup.model.Plan;

/**
 * Reads the CSV files monitoring files name with {@code data}: each row a measurement of a target or indicator of the
 * monitored plan. Rows that read well join the loaded plans as a monitoring file of their own (one per CSV file,
 * outside the validated text), so reports see spreadsheet data and written data alike. Every problem is an error at
 * the CSV cell (or at the {@code data} line for a file that cannot be read): an unknown code, a period or number
 * that does not read, another unit than the plan's, or a value the plan already has for that period.
 * <p>
 * Header (names in any order, case ignored): {@code code,period,value} and optionally {@code unit,source,date,note}.
 */
final class MonitoringDataFiles {

	static final Set<String> REQUIRED = Set.of("code", "period", "value");
	static final Set<String> COLUMNS = Set.of("code", "period", "value", "unit", "source", "date", "note");

	private final ResourceSet resourceSet;
	private final Consumer<PlanDiagnostic> report;
	/** Which subject already has a value for which period, across every monitoring file of the load. */
	private final Map<Measurable, Set<String>> measured = new HashMap<>();

	MonitoringDataFiles(ResourceSet resourceSet, Consumer<PlanDiagnostic> report) {
		this.resourceSet = resourceSet;
		this.report = report;
	}

	/** Reads the data files of every monitoring file among {@code files} (path and parsed root, in file order). */
	void read(Map<Path, MonitoringFile> files) {
		Map<Measurable, Map<String, Path>> written = new HashMap<>();
		files.forEach((path, monitoring) -> rememberWritten(path, monitoring, written));
		files.forEach((path, monitoring) -> {
			List<String> names = monitoring.getDataFiles();
			for (int i = 0; i < names.size(); i++) {
				readDataFile(path, monitoring, i);
			}
		});
	}

	/**
	 * Notes the values monitoring files state, and reports a value stated again in another file (twice in one file is
	 * the validator's finding, which sees one file).
	 */
	private void rememberWritten(Path path, MonitoringFile monitoring, Map<Measurable, Map<String, Path>> written) {
		for (Measurement measurement : monitoring.getMeasurements()) {
			Measurable subject = measurement.getSubject();
			if (subject == null || subject.eIsProxy() || measurement.getPeriod() == null) {
				continue;
			}
			measured.computeIfAbsent(subject, s -> new java.util.HashSet<>()).add(measurement.getPeriod());
			Path first = written.computeIfAbsent(subject, s -> new HashMap<>()).putIfAbsent(measurement.getPeriod(),
					path);
			if (first != null && !first.equals(path)) {
				at(path, measurement, ItupPackage.Literals.MEASUREMENT__PERIOD, Severity.ERROR, IssueCodes.MEASUREMENT_TWICE,
						"'" + subject.getName() + "' already has a value for " + measurement.getPeriod() + " in "
								+ first.getFileName() + ": keep one value per period.");
			}
		}
	}

	private void readDataFile(Path monitoringPath, MonitoringFile monitoring, int index) {
		String name = monitoring.getDataFiles().get(index);
		Path csv = monitoringPath.toAbsolutePath().getParent().resolve(name).normalize();
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(csv)))
					.toString();
		} catch (CharacterCodingException e) {
			atDataLine(monitoringPath, monitoring, index, "The data file '" + name + "' is not UTF-8 text: save it "
					+ "from the spreadsheet as CSV UTF-8.");
			return;
		} catch (IOException e) {
			atDataLine(monitoringPath, monitoring, index, "The data file '" + name + "' cannot be read ("
					+ (Files.exists(csv) ? e.getClass().getSimpleName() : "there is no such file") + " at " + csv
					+ "): no measurement of it is taken into account.");
			return;
		}
		try {
			List<List<Cell>> rows = CsvRows.read(text);
			MonitoringFile data = new MeasurementRows(csv, monitoring.getPlan(), measurableCodes(monitoring.getPlan()),
					measured, report).read(rows);
			Resource resource = new ResourceImpl(URI.createFileURI(csv.toString()));
			resource.getContents().add(data);
			resourceSet.getResources().add(resource);
		} catch (CsvRows.UnclosedQuote e) {
			report.accept(new PlanDiagnostic(csv, e.line, e.column, e.line, e.column + 1, Severity.ERROR,
					"A quote opened here is never closed: no row of this file is taken into account.",
					IssueCodes.MONITORING_DATA));
		}
	}

	/** The targets and indicators of the monitored plan (all its parts) by code. */
	private Map<String, Measurable> measurableCodes(Plan plan) {
		Map<String, Measurable> codes = new LinkedHashMap<>();
		if (plan == null || plan.eIsProxy() || plan.getName() == null) {
			return codes;
		}
		for (Resource resource : List.copyOf(resourceSet.getResources())) {
			if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof Plan part
					&& plan.getName().equals(part.getName())) {
				part.eAllContents().forEachRemaining(content -> {
					if (content instanceof Measurable measurable && measurable.getName() != null) {
						codes.putIfAbsent(measurable.getName(), measurable);
					}
				});
			}
		}
		return codes;
	}

	private void atDataLine(Path path, MonitoringFile monitoring, int index, String message) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(monitoring,
				ItupPackage.Literals.MONITORING_FILE__DATA_FILES);
		report(path, index < nodes.size() ? nodes.get(index) : null, Severity.ERROR, IssueCodes.MONITORING_DATA,
				message);
	}

	private void at(Path path, org.eclipse.emf.ecore.EObject element,
			org.eclipse.emf.ecore.EStructuralFeature feature, Severity severity, String code, String message) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(element, feature);
		report(path, nodes.isEmpty() ? null : nodes.get(0), severity, code, message);
	}

	private void report(Path path, INode node, Severity severity, String code, String message) {
		if (node == null) {
			report.accept(PlanDiagnostic.aboutFile(path, severity, message, code));
			return;
		}
		var start = NodeModelUtils.getLineAndColumn(node, node.getOffset());
		var end = NodeModelUtils.getLineAndColumn(node, node.getEndOffset());
		report.accept(new PlanDiagnostic(path, start.getLine(), start.getColumn(), end.getLine(), end.getColumn(),
				severity, message, code));
	}
}
