package org.itup.generator.export;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.itup.analysis.StrategicPlan;
import org.itup.model.Baseline;
import org.itup.model.Enabler;
import org.itup.model.Goal;
import org.itup.model.Mitigation;
import org.itup.model.Objective;
import org.itup.model.PlanElement;
import org.itup.model.Sector;
import org.itup.model.StrategicRisk;
import org.itup.model.Target;

/**
 * The element tables of one plan, by file name. Each row names its parent's code, so the tables join; a field with
 * several values (goal codes, activities) holds one value per line.
 */
final class CsvTables {

	private CsvTables() {
	}

	static Map<String, CsvTable> of(StrategicPlan plan) {
		Map<String, CsvTable> tables = new LinkedHashMap<>();
		tables.put("goals", goals(plan));
		tables.put("targets", targets(plan));
		tables.put("sectors", sectors(plan));
		tables.put("objectives", objectives(plan));
		CsvTable outcomes = new CsvTable("objective", "code", "statement");
		plan.outcomes().forEach(o -> outcomes.row(code(o.eContainer()), o.getName(), o.getStatement()));
		tables.put("outcomes", outcomes);
		CsvTable outputs = new CsvTable("objective", "code", "statement");
		plan.outputs().forEach(o -> outputs.row(code(o.eContainer()), o.getName(), o.getStatement()));
		tables.put("outputs", outputs);
		tables.put("enablers", enablers(plan));
		tables.put("risks", risks(plan));
		tables.put("mitigations", mitigations(plan));
		return tables;
	}

	private static CsvTable goals(StrategicPlan plan) {
		CsvTable table = new CsvTable("code", "title", "statement", "description", "sdg_targets", "wsis_action_lines");
		for (Goal goal : plan.goals()) {
			table.row(goal.getName(), goal.getTitle(), goal.getStatement(), goal.getDescription(),
					lines(goal.getSdgLinks().stream().map(link -> link.getTarget()).toList()),
					lines(goal.getWsisActionLines()));
		}
		return table;
	}

	private static CsvTable targets(StrategicPlan plan) {
		CsvTable table = new CsvTable("goal", "code", "statement", "deadline", "kind", "value", "unit",
				"baseline_year", "baseline_value", "population");
		for (Target target : plan.targets()) {
			Baseline baseline = target.getBaseline();
			table.row(code(target.eContainer()), target.getName(), target.getStatement(), year(target.getDeadline()),
					target.getKind().getLiteral(), target.getValue() == null ? null : target.getValue().toPlainString(),
					target.getUnit(), baseline == null ? null : year(baseline.getYear()),
					baseline == null || baseline.getValue() == null ? null : baseline.getValue().toPlainString(),
					target.getPopulation());
		}
		return table;
	}

	private static CsvTable sectors(StrategicPlan plan) {
		CsvTable table = new CsvTable("code", "kind", "title", "bureau", "bureau_title");
		for (Sector sector : plan.sectors()) {
			table.row(sector.getName(), sector.getKind().getLiteral(), sector.getTitle(),
					sector.getBureau() == null ? null : sector.getBureau().getName(),
					sector.getBureau() == null ? null : sector.getBureau().getTitle());
		}
		return table;
	}

	private static CsvTable objectives(StrategicPlan plan) {
		CsvTable table = new CsvTable("sector", "code", "title", "statement", "primary_goals", "secondary_goals");
		for (Objective objective : plan.objectives()) {
			table.row(code(objective.eContainer()), objective.getName(), objective.getTitle(), objective.getStatement(),
					lines(objective.getPrimaryGoals().stream().map(Goal::getName).toList()),
					lines(objective.getSecondaryGoals().stream().map(Goal::getName).toList()));
		}
		return table;
	}

	private static CsvTable enablers(StrategicPlan plan) {
		CsvTable table = new CsvTable("sector", "code", "title", "supports", "activities", "contributions", "results");
		for (Enabler enabler : plan.enablers()) {
			String supports = enabler.isSupportsAll() ? "all"
					: lines(enabler.getSupportedObjectives().stream().map(Objective::getName).toList());
			table.row(code(enabler.eContainer()), enabler.getName(), enabler.getTitle(), supports,
					lines(enabler.getActivities()), lines(enabler.getContributions()), lines(enabler.getResults()));
		}
		return table;
	}

	private static CsvTable risks(StrategicPlan plan) {
		CsvTable table = new CsvTable("code", "title", "aspects");
		plan.risks().forEach(risk -> table.row(risk.getName(), risk.getTitle(), lines(risk.getAspects())));
		return table;
	}

	private static CsvTable mitigations(StrategicPlan plan) {
		CsvTable table = new CsvTable("risk", "treatment", "statement");
		for (StrategicRisk risk : plan.risks()) {
			for (Mitigation mitigation : risk.getMitigations()) {
				table.row(risk.getName(), mitigation.getTreatment().getLiteral(), mitigation.getStatement());
			}
		}
		return table;
	}

	private static String code(Object element) {
		return element instanceof PlanElement coded ? coded.getName() : null;
	}

	private static String year(int year) {
		return year > 0 ? Integer.toString(year) : null;
	}

	/** Unresolved references (only in a forced run) have no code and are left out. */
	private static String lines(List<String> values) {
		return String.join("\n", values.stream().filter(Objects::nonNull).toList());
	}
}
