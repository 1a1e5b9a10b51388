package org.itup.generator.check;

import java.nio.file.Path;
import java.util.List;

import org.itup.analysis.PlanSummary;
import org.itup.analysis.StrategicPlan;
import org.itup.analysis.vocabulary.PlanVocabulary;
import org.itup.dsl.load.LoadedPlans;
import org.itup.dsl.load.PlanDiagnostic;
import org.itup.dsl.load.PlanDiagnostic.Severity;

/**
 * The outcome of checking plan files: every diagnostic, then what was loaded plan by plan, so a reviewer sees at
 * once whether the files are clean and whether the counts match the source document. Shells render it with
 * {@link CheckFormat}; it holds no formatting itself so every shell reports the same facts.
 *
 * @param workingDirectory the folder paths are shown relative to (absolute, normalized)
 */
public record CheckReport(List<PlanDiagnostic> diagnostics, List<CheckedPlan> plans, Path workingDirectory) {

	public CheckReport {
		diagnostics = List.copyOf(diagnostics);
		plans = List.copyOf(plans);
		workingDirectory = workingDirectory.toAbsolutePath().normalize();
	}

	public static CheckReport of(LoadedPlans loaded, Path workingDirectory) {
		List<CheckedPlan> plans = StrategicPlan.of(loaded.plans()).stream().map(CheckedPlan::of).toList();
		return new CheckReport(loaded.diagnostics(), plans, workingDirectory);
	}

	/** One diagnostic in the text report's {@code path:line:column: severity: message [code]} form, for logs. */
	public String line(PlanDiagnostic diagnostic) {
		return CheckReportText.line(this, diagnostic);
	}

	public PlanSummary total() {
		return PlanSummary.total(plans.stream().map(CheckedPlan::summary).toList());
	}

	/** The words of the plans' totals: the plans' own when they all share them, else the ITU words. */
	public PlanVocabulary totalWords() {
		List<PlanVocabulary> words = plans.stream().map(CheckedPlan::words).distinct().toList();
		return words.size() == 1 ? words.get(0) : PlanVocabulary.DEFAULT;
	}

	public long count(Severity severity) {
		return diagnostics.stream().filter(diagnostic -> diagnostic.severity() == severity).count();
	}

	public boolean hasErrors() {
		return count(Severity.ERROR) > 0;
	}

	/** Whether a diagnostic of this severity or a more serious one exists: what fails a CI gate. */
	public boolean hasAtLeast(Severity threshold) {
		return diagnostics.stream().anyMatch(diagnostic -> diagnostic.severity().compareTo(threshold) <= 0);
	}

	/**
	 * A path as people want to read it: relative when it lies under the working directory (short, and what they
	 * typed), absolute otherwise (so it can be opened from anywhere). Separators are always '/', so reports compare
	 * equal across systems.
	 */
	public String display(Path path) {
		Path absolute = workingDirectory.resolve(path).normalize();
		if (!absolute.startsWith(workingDirectory)) {
			return slashes(absolute);
		}
		Path relative = workingDirectory.relativize(absolute);
		return relative.toString().isEmpty() ? "." : slashes(relative);
	}

	private static String slashes(Path path) {
		return path.toString().replace(path.getFileSystem().getSeparator(), "/");
	}
}
