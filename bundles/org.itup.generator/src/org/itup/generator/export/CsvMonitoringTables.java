package org.itup.generator.export;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

import org.eclipse.emf.ecore.EObject;
import org.itup.analysis.StrategicPlan;
import org.itup.analysis.monitoring.PlanMonitoring;
import org.itup.analysis.monitoring.StatusJudgement;
import org.itup.generator.ElementLevels;
import org.itup.model.Baseline;
import org.itup.model.Budget;
import org.itup.model.IndicatorBound;
import org.itup.model.IndicatorMilestone;
import org.itup.model.Measurement;
import org.itup.model.OperationalPlan;
import org.itup.model.OutputPlan;
import org.itup.model.OutputWork;
import org.itup.model.PerformanceIndicator;
import org.itup.model.PlanElement;
import org.itup.model.ReportingFrequency;
import org.itup.model.ResourceNeed;
import org.itup.model.RetiredOutput;

/**
 * The tables of what a plan measures and funds, and of its monitoring data, by file name: indicators and their
 * milestones, budget lines, operational-plan resources, measurements, spending, assessments and the status of every
 * target and indicator as of one period. Numbers are written as the plan writes them (a dot, no thousands separator).
 */
final class CsvMonitoringTables {

	private final StrategicPlan plan;
	private final PlanMonitoring monitoring;

	CsvMonitoringTables(PlanMonitoring monitoring) {
		this.plan = monitoring.plan();
		this.monitoring = monitoring;
	}

	Map<String, CsvTable> tables(List<OperationalPlan> operational) {
		Map<String, CsvTable> tables = new LinkedHashMap<>();
		tables.put("indicators", indicators());
		tables.put("milestones", milestones());
		tables.put("budget", budget());
		tables.put("resources", resources(operational));
		tables.put("measurements", measurements());
		tables.put("spent", spent());
		tables.put("assessments", assessments());
		tables.put("status", status());
		return tables;
	}

	private List<PerformanceIndicator> allIndicators() {
		List<PerformanceIndicator> indicators = new ArrayList<>();
		plan.targets().forEach(target -> indicators.addAll(target.getIndicators()));
		plan.objectives().forEach(objective -> {
			indicators.addAll(objective.getIndicators());
			objective.getOutcomes().forEach(outcome -> indicators.addAll(outcome.getIndicators()));
			objective.getOutputs().forEach(output -> indicators.addAll(output.getIndicators()));
		});
		return indicators;
	}

	private CsvTable indicators() {
		CsvTable table = new CsvTable("element_level", "element", "code", "title", "unit", "baseline_year",
				"baseline_value", "baseline_measured", "target_value", "target_year", "direction", "bound",
				"bound_low", "bound_high", "source", "frequency", "responsible");
		for (PerformanceIndicator indicator : allIndicators()) {
			Baseline baseline = indicator.getBaseline();
			IndicatorBound bound = indicator.getBound();
			table.row(ElementLevels.of(indicator.eContainer()), code(indicator.eContainer()), indicator.getName(),
					indicator.getTitle(), indicator.getUnit(), baseline == null ? null : year(baseline.getYear()),
					baseline == null ? null : plain(baseline.getValue()),
					baseline == null ? null : Boolean.toString(baseline.isMeasured()),
					plain(indicator.getTargetValue()), year(indicator.getTargetYear()),
					indicator.getDirection().getLiteral(), bound == null ? null : bound.getKind().getLiteral(),
					bound == null ? null : plain(bound.getLow()), bound == null ? null : plain(bound.getHigh()),
					indicator.getDataSource(), frequency(indicator), indicator.getResponsibleUnit());
		}
		return table;
	}

	private CsvTable milestones() {
		CsvTable table = new CsvTable("indicator", "year", "value");
		for (PerformanceIndicator indicator : allIndicators()) {
			for (IndicatorMilestone milestone : indicator.getMilestones()) {
				table.row(indicator.getName(), year(milestone.getYear()), plain(milestone.getValue()));
			}
		}
		return table;
	}

	private CsvTable budget() {
		CsvTable table = new CsvTable("element_level", "element", "amount", "currency", "period");
		plan.sectors().forEach(sector -> {
			budgetRows(table, sector, sector.getBudgets());
			sector.getObjectives().forEach(objective -> {
				budgetRows(table, objective, objective.getBudgets());
				objective.getOutputs().forEach(output -> budgetRows(table, output, output.getBudgets()));
			});
		});
		return table;
	}

	private static void budgetRows(CsvTable table, PlanElement element, List<Budget> budgets) {
		for (Budget budget : budgets) {
			table.row(ElementLevels.of(element), element.getName(), plain(budget.getAmount()), budget.getCurrency(),
					budget.getPeriod());
		}
	}

	private static CsvTable resources(List<OperationalPlan> operational) {
		CsvTable table = new CsvTable("operational_plan", "sector", "year", "output", "retired", "amount", "currency",
				"description");
		for (OperationalPlan part : operational) {
			List<OutputWork> works = new ArrayList<>();
			part.getObjectives().forEach(objective -> works.addAll(objective.getOutputs()));
			works.addAll(part.getRetiredOutputs());
			for (OutputWork work : works) {
				String output = work instanceof OutputPlan planned ? code(planned.getOutput())
						: ((RetiredOutput) work).getCode();
				for (ResourceNeed need : work.getResources()) {
					table.row(part.getName(), code(part.getSector()), year(part.getYear()), output,
							Boolean.toString(work instanceof RetiredOutput), plain(need.getAmount()),
							need.getCurrency(), need.getDescription());
				}
			}
		}
		return table;
	}

	private CsvTable measurements() {
		CsvTable table = new CsvTable("code", "level", "period", "value", "unit", "source", "date", "note", "file",
				"line");
		for (Measurement measurement : monitoring.measurements()) {
			Provenance where = Provenance.of(measurement, plan);
			table.row(code(measurement.getSubject()), ElementLevels.of(measurement.getSubject()),
					measurement.getPeriod(), plain(measurement.getValue()), measurement.getUnit(),
					measurement.getSource(), measurement.getDate(), measurement.getNote(), where.file(), line(where));
		}
		return table;
	}

	private CsvTable spent() {
		CsvTable table = new CsvTable("element", "period", "amount", "currency", "file", "line");
		monitoring.files().stream().flatMap(file -> file.getExpenditures().stream()).forEach(spent -> {
			Provenance where = Provenance.of(spent, plan);
			table.row(code(spent.getElement()), spent.getPeriod(), plain(spent.getAmount()), spent.getCurrency(),
					where.file(), line(where));
		});
		return table;
	}

	private CsvTable assessments() {
		CsvTable table = new CsvTable("objective", "period", "text", "file", "line");
		monitoring.files().stream().flatMap(file -> file.getAssessments().stream()).forEach(assessment -> {
			Provenance where = Provenance.of(assessment, plan);
			table.row(code(assessment.getObjective()), assessment.getPeriod(), assessment.getText(), where.file(),
					line(where));
		});
		return table;
	}

	private CsvTable status() {
		CsvTable table = new CsvTable("code", "as_of", "status", "method", "measured_in", "value", "expected",
				"ratio", "unit", "explanation");
		monitoring.progress().ifPresent(progress -> progress.judgements().forEach((code, judgement) -> {
			String unit = progress.series().get(code).unit();
			table.row(code, progress.period().toString(), judgement.status().label(), method(judgement),
					judgement.measuredIn().map(Object::toString).orElse(null), number(judgement.value()),
					number(judgement.expected()), number(judgement.ratio()), unit, judgement.explanation());
		}));
		return table;
	}

	/** Empty when the plan states no frequency, as every field a plan does not give. */
	private static String frequency(PerformanceIndicator indicator) {
		return indicator.getFrequency() == ReportingFrequency.UNSPECIFIED ? null : indicator.getFrequency().getLiteral();
	}

	static String method(StatusJudgement judgement) {
		return judgement.method().name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	private static String number(OptionalDouble value) {
		return ComputedNumbers.of(value).map(BigDecimal::toPlainString).orElse(null);
	}

	private static String line(Provenance where) {
		return where.line().isPresent() ? Integer.toString(where.line().getAsInt()) : null;
	}

	private static String code(EObject element) {
		return element instanceof PlanElement coded ? coded.getName() : null;
	}

	private static String plain(BigDecimal value) {
		return value == null ? null : value.toPlainString();
	}

	private static String year(int year) {
		return year > 0 ? Integer.toString(year) : null;
	}

}
