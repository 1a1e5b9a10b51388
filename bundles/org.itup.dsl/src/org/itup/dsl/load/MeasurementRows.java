package org.itup.dsl.load;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

import org.itup.analysis.monitoring.Period;
import org.itup.analysis.monitoring.PlanSeries;
import org.itup.dsl.load.CsvRows.Cell;
import org.itup.dsl.load.PlanDiagnostic.Severity;
import org.itup.dsl.validation.IssueCodes;
import org.itup.model.ItupFactory;
import org.itup.model.Measurable;
import org.itup.model.Measurement;
import org.itup.model.MonitoringFile;
import org.itup.model.Plan;

/**
 * The rows of one monitoring CSV file turned into measurements of the monitored plan's targets and indicators. A
 * row with a problem is reported at its cell and left out; the other rows count.
 */
final class MeasurementRows {

	private final Path file;
	private final Plan plan;
	private final Map<String, Measurable> codes;
	private final Map<Measurable, Set<String>> measured;
	private final Consumer<PlanDiagnostic> report;
	private final Map<String, Integer> columns = new HashMap<>();

	MeasurementRows(Path file, Plan plan, Map<String, Measurable> codes, Map<Measurable, Set<String>> measured,
			Consumer<PlanDiagnostic> report) {
		this.file = file;
		this.plan = plan;
		this.codes = codes;
		this.measured = measured;
		this.report = report;
	}

	MonitoringFile read(List<List<Cell>> rows) {
		MonitoringFile data = ItupFactory.eINSTANCE.createMonitoringFile();
		data.setPlan(plan);
		if (rows.isEmpty() || !header(rows.get(0))) {
			if (rows.isEmpty()) {
				report.accept(PlanDiagnostic.aboutFile(file, Severity.ERROR, "The data file is empty: it needs the "
						+ "header 'code,period,value' (and optionally unit, source, date, note).",
						IssueCodes.MONITORING_DATA));
			}
			return data;
		}
		for (List<Cell> row : rows.subList(1, rows.size())) {
			Measurement measurement = measurement(row);
			if (measurement != null) {
				data.getMeasurements().add(measurement);
			}
		}
		return data;
	}

	private boolean header(List<Cell> header) {
		boolean good = true;
		for (int i = 0; i < header.size(); i++) {
			String name = header.get(i).text().strip().toLowerCase(Locale.ROOT);
			if (!MonitoringDataFiles.COLUMNS.contains(name) || columns.containsKey(name)) {
				error(header.get(i), "The column '" + header.get(i).text() + "' is "
						+ (columns.containsKey(name) ? "given twice" : "not one of "
								+ String.join(", ", new TreeSet<>(MonitoringDataFiles.COLUMNS)))
						+ ": correct the header.");
				good = false;
			}
			columns.putIfAbsent(name, i);
		}
		for (String required : new TreeSet<>(MonitoringDataFiles.REQUIRED)) {
			if (!columns.containsKey(required)) {
				error(header.get(0), "The header has no '" + required + "' column: it needs code, period and value.");
				good = false;
			}
		}
		return good;
	}

	private Measurement measurement(List<Cell> row) {
		Cell code = cell(row, "code");
		Cell period = cell(row, "period");
		Cell value = cell(row, "value");
		if (code == null || period == null || value == null) {
			error(row.get(row.size() - 1), "This row has " + row.size() + " cells; code, period and value are needed.");
			return null;
		}
		Measurable subject = codes.get(code.text().strip());
		if (subject == null) {
			error(code, "There is no target or indicator with the code '" + code.text().strip() + "' in plan "
					+ (plan == null ? "?" : plan.getName()) + ".");
			return null;
		}
		Measurement measurement = ItupFactory.eINSTANCE.createMeasurement();
		measurement.setSubject(subject);
		SourceLine.mark(measurement, code.line());
		if (!periodAndValue(measurement, period, value)) {
			return null;
		}
		Cell unit = cell(row, "unit");
		String planUnit = PlanSeries.unitOf(subject);
		if (unit != null && !unit.text().isBlank() && planUnit != null && !planUnit.isEmpty()
				&& !unit.text().strip().equals(planUnit)) {
			error(unit, "The value of '" + subject.getName() + "' is in \"" + unit.text().strip()
					+ "\" but the plan measures it in \"" + planUnit + "\".");
			return null;
		}
		if (!measured.computeIfAbsent(subject, s -> new HashSet<>()).add(measurement.getPeriod())) {
			error(period, "'" + subject.getName() + "' already has a value for " + measurement.getPeriod()
					+ " in the plan's monitoring data: keep one value per period.");
			return null;
		}
		measurement.setUnit(text(unit));
		measurement.setSource(text(cell(row, "source")));
		measurement.setDate(text(cell(row, "date")));
		measurement.setNote(text(cell(row, "note")));
		return measurement;
	}

	private boolean periodAndValue(Measurement measurement, Cell period, Cell value) {
		try {
			Period.parse(period.text());
			measurement.setPeriod(period.text().strip());
		} catch (IllegalArgumentException e) {
			error(period, "'" + period.text().strip() + "' is not a period: write 2022, 2022-Q3, 2022-07 or 2020-2021.");
			return false;
		}
		try {
			measurement.setValue(new BigDecimal(value.text().strip()));
			return true;
		} catch (NumberFormatException e) {
			error(value, "'" + value.text().strip() + "' is not a number: write it with a decimal point and no "
					+ "thousands separator, e.g. 1250.5.");
			return false;
		}
	}

	private Cell cell(List<Cell> row, String column) {
		Integer index = columns.get(column);
		return index == null || index >= row.size() ? null : row.get(index);
	}

	private static String text(Cell cell) {
		return cell == null || cell.text().isBlank() ? null : cell.text().strip();
	}

	private void error(Cell cell, String message) {
		report.accept(new PlanDiagnostic(file, cell.line(), cell.column(), cell.line(),
				cell.column() + Math.max(1, cell.text().length()), Severity.ERROR, message, IssueCodes.MONITORING_DATA));
	}
}
