package org.itup.generator.check;

import org.itup.analysis.PlanSummary;
import org.itup.dsl.load.PlanDiagnostic;
import org.itup.dsl.load.PlanDiagnostic.Severity;

/**
 * Writes a check report as one JSON object for tools: {@code diagnostics} (each with file, 1-based line and column
 * or 0 when it is about the whole file, end position, severity, message and code) and {@code summary} (per plan,
 * total, and counts of findings).
 */
final class CheckReportJson {

	private final CheckReport report;
	private final JsonWriter json = new JsonWriter();

	private CheckReportJson(CheckReport report) {
		this.report = report;
	}

	static String render(CheckReport report) {
		return new CheckReportJson(report).write();
	}

	private String write() {
		json.beginObject().name("diagnostics").beginArray();
		report.diagnostics().forEach(this::diagnostic);
		json.endArray().name("summary").beginObject().name("plans").beginArray();
		report.plans().forEach(this::plan);
		json.endArray().name("total").beginObject();
		counts(report.total());
		json.endObject()
				.name("errors").value(report.count(Severity.ERROR))
				.name("warnings").value(report.count(Severity.WARNING))
				.name("infos").value(report.count(Severity.INFO))
				.endObject().endObject();
		return json.toString();
	}

	private void diagnostic(PlanDiagnostic diagnostic) {
		json.beginObject()
				.name("file").value(report.display(diagnostic.file()))
				.name("line").value(diagnostic.line())
				.name("column").value(diagnostic.column())
				.name("endLine").value(diagnostic.endLine())
				.name("endColumn").value(diagnostic.endColumn())
				.name("severity").value(diagnostic.severity().label())
				.name("message").value(diagnostic.message())
				.name("code").value(diagnostic.code())
				.endObject();
	}

	private void plan(CheckedPlan plan) {
		json.beginObject().name("name").value(plan.name()).name("title").value(plan.title()).name("files").beginArray();
		plan.files().forEach(file -> json.value(report.display(file)));
		json.endArray();
		counts(plan.summary());
		json.endObject();
	}

	private void counts(PlanSummary summary) {
		json.name("goals").value(summary.goals())
				.name("targets").value(summary.targets())
				.name("sectors").value(summary.sectors())
				.name("objectives").value(summary.objectives())
				.name("outcomes").value(summary.outcomes())
				.name("outputs").value(summary.outputs())
				.name("primaryLinkages").value(summary.primaryLinkages())
				.name("secondaryLinkages").value(summary.secondaryLinkages())
				.name("enablers").value(summary.enablers())
				.name("risks").value(summary.risks());
	}
}
