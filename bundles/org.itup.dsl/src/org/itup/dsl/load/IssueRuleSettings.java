package org.itup.dsl.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.validation.Issue;
import org.itup.dsl.load.PlanDiagnostic.Severity;
import org.itup.dsl.validation.IssueCopy;

/**
 * Applies the rule settings of a plan's folder ({@value RuleSettings#FILE_NAME}) to the issues an editor shows, so
 * that an editor and {@code itup check} agree on what is an error, a warning, a note or silenced. The settings are
 * read anew for every batch of issues: a planner who edits the settings file sees the change at the next check of
 * a plan file, without restarting the editor. Problems in the settings file itself are left to {@code itup check}.
 */
public final class IssueRuleSettings {

	private final List<Path> roots;

	/** @param roots the folders the editor has open; settings above them never apply */
	public IssueRuleSettings(List<Path> roots) {
		this.roots = List.copyOf(roots);
	}

	/** The issues as the settings want them shown: silenced rules left out, other severities changed. */
	public List<Issue> apply(Iterable<? extends Issue> issues) {
		RuleSettingsLookup lookup = new RuleSettingsLookup(roots, problem -> {
		});
		List<Issue> shown = new ArrayList<>();
		for (Issue issue : issues) {
			adjusted(issue, lookup).ifPresent(shown::add);
		}
		return shown;
	}

	private static Optional<Issue> adjusted(Issue issue, RuleSettingsLookup lookup) {
		Optional<Path> file = fileOf(issue);
		Optional<Severity> given = severityOf(issue.getSeverity());
		if (file.isEmpty() || given.isEmpty() || issue.getCode() == null) {
			return Optional.of(issue);
		}
		return lookup.forFile(file.get()).severityOf(issue.getCode(), given.get())
				.map(chosen -> chosen == given.get() ? issue : withSeverity(issue, chosen));
	}

	private static Optional<Path> fileOf(Issue issue) {
		URI uri = issue.getUriToProblem();
		if (uri == null || !uri.isFile()) {
			return Optional.empty();
		}
		return Optional.of(Path.of(uri.trimFragment().toFileString()).toAbsolutePath().normalize());
	}

	private static Optional<Severity> severityOf(org.eclipse.xtext.diagnostics.Severity severity) {
		return switch (severity) {
		case ERROR -> Optional.of(Severity.ERROR);
		case WARNING -> Optional.of(Severity.WARNING);
		case INFO -> Optional.of(Severity.INFO);
		default -> Optional.empty();
		};
	}

	private static Issue withSeverity(Issue issue, Severity severity) {
		Issue.IssueImpl copy = IssueCopy.of(issue);
		copy.setSeverity(org.eclipse.xtext.diagnostics.Severity.valueOf(severity.name()));
		return copy;
	}
}
