package org.itup.generator.check;

import java.util.List;

import org.itup.analysis.PlanSummary;
import org.itup.analysis.vocabulary.PlanVocabulary;
import org.itup.dsl.load.PlanDiagnostic;
import org.itup.dsl.load.PlanDiagnostic.Severity;
import org.itup.model.PlanLevel;

/**
 * Writes a check report for people: one line per diagnostic in the {@code path:line:column: severity: message}
 * shape that editors and terminals turn into links, then what was loaded, then the counts of findings.
 */
final class CheckReportText {

	private static final String NEWLINE = "\n";

	private final CheckReport report;
	private final StringBuilder out = new StringBuilder();

	private CheckReportText(CheckReport report) {
		this.report = report;
	}

	static String render(CheckReport report) {
		return new CheckReportText(report).write();
	}

	private String write() {
		report.diagnostics().forEach(this::diagnostic);
		if (!report.diagnostics().isEmpty()) {
			out.append(NEWLINE);
		}
		plans();
		out.append(counts()).append(NEWLINE);
		return out.toString();
	}

	private void diagnostic(PlanDiagnostic diagnostic) {
		out.append(line(report, diagnostic)).append(NEWLINE);
	}

	/** One diagnostic as one line, without its line break. */
	static String line(CheckReport report, PlanDiagnostic diagnostic) {
		StringBuilder out = new StringBuilder(TerminalText.of(report.display(diagnostic.file())));
		if (diagnostic.hasPosition()) {
			out.append(':').append(diagnostic.line()).append(':').append(diagnostic.column());
		}
		out.append(": ").append(diagnostic.severity().label()).append(": ").append(TerminalText.of(oneLine(diagnostic.message())));
		if (diagnostic.code() != null) {
			out.append(" [").append(diagnostic.code()).append(']');
		}
		return out.toString();
	}

	/** A diagnostic stays on one line so that line-oriented tools (grep, editors' error parsers) see all of it. */
	private static String oneLine(String message) {
		return message == null ? "" : message.replaceAll("\\s*\\R\\s*", " ");
	}

	private void plans() {
		List<CheckedPlan> plans = report.plans();
		if (plans.isEmpty()) {
			out.append("no plan loaded").append(NEWLINE);
			return;
		}
		for (CheckedPlan plan : plans) {
			out.append("plan ").append(TerminalText.of(plan.name()));
			if (plan.title() != null) {
				out.append(" \"").append(TerminalText.of(oneLine(plan.title()))).append('"');
			}
			out.append(NEWLINE);
			count("files", plan.files().size());
			summary(plan.summary(), plan.words());
		}
		if (plans.size() > 1) {
			out.append("total of ").append(plans.size()).append(" plans").append(NEWLINE);
			summary(report.total(), report.totalWords());
		}
	}

	private void summary(PlanSummary summary, PlanVocabulary words) {
		count("goals", summary.goals());
		count("targets", summary.targets());
		count(words.many(PlanLevel.SECTOR), summary.sectors());
		count(words.many(PlanLevel.OBJECTIVE), summary.objectives());
		count(words.many(PlanLevel.OUTCOME), summary.outcomes());
		count(words.many(PlanLevel.OUTPUT), summary.outputs());
		count("primary linkages", summary.primaryLinkages());
		count("secondary linkages", summary.secondaryLinkages());
		count(words.many(PlanLevel.ENABLER), summary.enablers());
		count("risks", summary.risks());
	}

	private void count(String label, long value) {
		// a plan's own level names may be longer than the column; a space still parts name and number
		String name = TerminalText.of(label) + ":";
		out.append(String.format(name.length() < 20 ? "  %-20s%d" : "  %s %d", name, value)).append(NEWLINE);
	}

	private String counts() {
		return plural(report.count(Severity.ERROR), "error") + ", " + plural(report.count(Severity.WARNING), "warning")
				+ ", " + plural(report.count(Severity.INFO), "info");
	}

	private static String plural(long count, String noun) {
		return count + " " + noun + (count == 1 ? "" : "s");
	}
}
