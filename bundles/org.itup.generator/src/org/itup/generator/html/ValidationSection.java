package org.itup.generator.html;

import java.nio.file.Path;
import java.util.List;

import org.itup.analysis.chain.Coverage;
import org.itup.analysis.vocabulary.PlanVocabulary;
import org.itup.dsl.load.PlanDiagnostic;
import org.itup.dsl.load.PlanDiagnostic.Severity;
import org.itup.generator.MarkupBuilder;
import org.itup.model.PlanElement;
import org.itup.model.PlanLevel;

/** What validation found in the files of the run, and the gaps of the results chain. */
final class ValidationSection extends ReportSection {

	@Override
	String id() {
		return "validation";
	}

	@Override
	String heading(ReportContext context) {
		return "Validation summary";
	}

	@Override
	void body(ReportContext context, MarkupBuilder html) {
		List<PlanDiagnostic> diagnostics = context.loaded().diagnostics();
		paragraph(html, count(context.loaded().count(Severity.ERROR), "error", "errors") + ", "
				+ count(context.loaded().count(Severity.WARNING), "warning", "warnings") + ", "
				+ count(context.loaded().count(Severity.INFO), "note", "notes") + " in "
				+ count(context.loaded().files().size(), "file", "files") + ".");
		if (!diagnostics.isEmpty()) {
			head(html, "Diagnostics", "File", "Line", "Severity", "Message", "Rule");
			for (PlanDiagnostic diagnostic : diagnostics) {
				html.open("tr", "class", diagnostic.severity().label());
				Path name = diagnostic.file().getFileName();
				cells(html, name == null ? "" : name.toString(), diagnostic.hasPosition() ? "" + diagnostic.line() : "",
						diagnostic.severity().label(), diagnostic.message(), ruleInWords(diagnostic.code()));
				html.close("tr");
			}
			endTable(html);
		}
		coverage(html, Coverage.of(context.chain()), context.words());
	}

	/**
	 * "goal without target" for {@code org.itup.dsl.GoalWithoutTarget}: reviewers read the rule, and
	 * docs/validation.md lists the rules under the same words.
	 */
	static String ruleInWords(String code) {
		if (code == null || code.isBlank()) {
			return "";
		}
		String name = code.substring(code.lastIndexOf('.') + 1);
		return name.replaceAll("(?<=[a-z0-9])(?=[A-Z])", " ").toLowerCase(java.util.Locale.ROOT);
	}

	private static void coverage(MarkupBuilder html, Coverage coverage, PlanVocabulary words) {
		html.element("h3", "Results-chain coverage");
		String objective = words.one(PlanLevel.OBJECTIVE);
		String objectives = words.manyTitle(PlanLevel.OBJECTIVE);
		if (coverage.isComplete()) {
			paragraph(html, "Every goal has a target and a primary " + objective + "; every " + objective
					+ " has a primary goal, " + words.many(PlanLevel.OUTCOME) + ", " + words.many(PlanLevel.OUTPUT)
					+ " and " + words.aOne(PlanLevel.ENABLER) + "; every " + words.one(PlanLevel.SECTOR)
					+ " leads or contributes to " + words.aOne(PlanLevel.OBJECTIVE) + ".");
			return;
		}
		html.open("ul");
		gap(html, "Goals resting on secondary links only", coverage.goalsOnSecondaryLinksOnly());
		gap(html, "Goals without a primary " + objective, coverage.goalsWithoutPrimaryObjective());
		gap(html, "Goals without targets", coverage.goalsWithoutTargets());
		gap(html, objectives + " without a primary goal", coverage.objectivesWithoutPrimaryGoal());
		gap(html, objectives + " without " + words.many(PlanLevel.OUTCOME), coverage.objectivesWithoutOutcomes());
		gap(html, objectives + " without " + words.many(PlanLevel.OUTPUT), coverage.objectivesWithoutOutputs());
		gap(html, objectives + " no " + words.one(PlanLevel.ENABLER) + " supports", coverage.objectivesWithoutEnabler());
		gap(html, words.manyTitle(PlanLevel.SECTOR) + " that neither lead nor contribute to " + words.aOne(PlanLevel.OBJECTIVE),
				coverage.sectorsWithoutObjectives());
		html.close("ul");
	}

	private static void gap(MarkupBuilder html, String label, List<? extends PlanElement> elements) {
		if (!elements.isEmpty()) {
			html.element("li", label + ": " + ReportContext.codes(elements));
		}
	}
}
