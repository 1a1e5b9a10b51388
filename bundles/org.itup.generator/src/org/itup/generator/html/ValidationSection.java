package org.itup.generator.html;

import java.nio.file.Path;
import java.util.List;

import org.itup.analysis.chain.Coverage;
import org.itup.dsl.load.PlanDiagnostic;
import org.itup.dsl.load.PlanDiagnostic.Severity;
import org.itup.generator.MarkupBuilder;
import org.itup.model.PlanElement;

/** What validation found in the files of the run, and the gaps of the results chain. */
final class ValidationSection extends ReportSection {

	@Override
	String id() {
		return "validation";
	}

	@Override
	String heading() {
		return "Validation summary";
	}

	@Override
	void body(ReportContext context, MarkupBuilder html) {
		List<PlanDiagnostic> diagnostics = context.loaded().diagnostics();
		paragraph(html, context.loaded().count(Severity.ERROR) + " errors, " + context.loaded().count(Severity.WARNING)
				+ " warnings, " + context.loaded().count(Severity.INFO) + " infos in " + context.loaded().files().size()
				+ " files.");
		if (!diagnostics.isEmpty()) {
			head(html, "Diagnostics", "File", "Line", "Severity", "Message", "Code");
			for (PlanDiagnostic diagnostic : diagnostics) {
				html.open("tr", "class", diagnostic.severity().label());
				Path name = diagnostic.file().getFileName();
				cells(html, name == null ? "" : name.toString(), diagnostic.hasPosition() ? "" + diagnostic.line() : "",
						diagnostic.severity().label(), diagnostic.message(), diagnostic.code());
				html.close("tr");
			}
			html.close("tbody").close("table");
		}
		coverage(html, Coverage.of(context.chain()));
	}

	private static void coverage(MarkupBuilder html, Coverage coverage) {
		html.element("h3", "Results-chain coverage");
		if (coverage.isComplete()) {
			paragraph(html, "Every goal has a target and a primary objective; every objective has a primary goal,"
					+ " outcomes, outputs and an enabler.");
			return;
		}
		html.open("ul");
		gap(html, "Goals resting on secondary links only", coverage.goalsOnSecondaryLinksOnly());
		gap(html, "Goals without a primary objective", coverage.goalsWithoutPrimaryObjective());
		gap(html, "Goals without targets", coverage.goalsWithoutTargets());
		gap(html, "Objectives without a primary goal", coverage.objectivesWithoutPrimaryGoal());
		gap(html, "Objectives without outcomes", coverage.objectivesWithoutOutcomes());
		gap(html, "Objectives without outputs", coverage.objectivesWithoutOutputs());
		gap(html, "Objectives no enabler supports", coverage.objectivesWithoutEnabler());
		html.close("ul");
	}

	private static void gap(MarkupBuilder html, String label, List<? extends PlanElement> elements) {
		if (!elements.isEmpty()) {
			html.element("li", label + ": " + ReportContext.codes(elements));
		}
	}
}
