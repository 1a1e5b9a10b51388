package org.itup.generator.export;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.itup.analysis.LinkageKind;
import org.itup.analysis.LinkageMatrix;
import org.itup.analysis.Ownership;
import org.itup.analysis.StrategicPlan;
import org.itup.generator.FileNames;
import org.itup.generator.GenerationRequest;
import org.itup.generator.OutputFolder;
import org.itup.generator.PlanArtifactWriter;
import org.itup.generator.RunMonitoring;
import org.itup.model.Goal;
import org.itup.model.Objective;
import org.itup.model.OperationalPlan;
import org.itup.model.Sector;

/**
 * Format {@code csv}: one UTF-8 CSV file per element type of each plan ({@code csv/<plan>/goals.csv}, ...) and
 * {@code linkage-matrix.csv}, objectives by goals as in the plan's linkage table (in a plan with shared ownership
 * two more columns, the sector leading each objective and those contributing to it, codes separated by spaces); and
 * the tables of its indicators, budget, resources and monitoring data ({@link CsvMonitoringTables}).
 */
public final class CsvExport implements PlanArtifactWriter {

	@Override
	public String format() {
		return "csv";
	}

	@Override
	public boolean showsStatuses() {
		return true;
	}

	@Override
	public void write(GenerationRequest request, OutputFolder output) throws IOException {
		for (StrategicPlan plan : request.plans()) {
			String folder = "csv/" + FileNames.segment(plan.name()) + "/";
			for (Map.Entry<String, CsvTable> table : CsvTables.of(plan).entrySet()) {
				output.write(folder + table.getKey() + ".csv", table.getValue().render());
			}
			output.write(folder + "linkage-matrix.csv", linkageMatrix(LinkageMatrix.of(plan)).render());
			List<OperationalPlan> operational = RunMonitoring.operationalPlansOf(plan,
					request.loaded().operationalPlans());
			for (Map.Entry<String, CsvTable> table : new CsvMonitoringTables(RunMonitoring.of(request, plan))
					.tables(operational).entrySet()) {
				output.write(folder + table.getKey() + ".csv", table.getValue().render());
			}
		}
	}

	private static void ownership(List<String> row, Objective objective) {
		Sector lead = Ownership.lead(objective);
		row.add(lead == null ? "" : Objects.requireNonNullElse(lead.getName(), ""));
		row.add(String.join(" ", Ownership.contributors(objective).stream().map(Sector::getName).toList()));
	}

	private static CsvTable linkageMatrix(LinkageMatrix matrix) {
		List<String> header = new ArrayList<>(List.of("objective"));
		// a plan generated under --force may hold a goal or objective whose code did not parse: an empty field
		matrix.goals().forEach(goal -> header.add(Objects.requireNonNullElse(goal.getName(), "")));
		boolean shared = matrix.objectives().stream().anyMatch(objective -> !Ownership.contributors(objective).isEmpty());
		if (shared) {
			header.addAll(List.of("led_by", "contributors"));
		}
		CsvTable table = new CsvTable(header.toArray(String[]::new));
		for (Objective objective : matrix.objectives()) {
			List<String> row = new ArrayList<>(List.of(Objects.requireNonNullElse(objective.getName(), "")));
			for (Goal goal : matrix.goals()) {
				LinkageKind kind = matrix.linkage(objective, goal);
				row.add(kind.label());
			}
			if (shared) {
				ownership(row, objective);
			}
			table.row(row);
		}
		return table;
	}
}
