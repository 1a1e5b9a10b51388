package org.itup.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.itup.dsl.load.IssueRuleSettings;
import org.itup.dsl.load.RuleSettings;
import org.itup.dsl.validation.IssueCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An editor shows findings with the severities of the plan folder's rule settings, as {@code itup check} does, and
 * picks up a change to the settings file at the next check.
 */
class IssueRuleSettingsTest {

	@TempDir
	Path workspace;

	@Test
	void settingsRaiseSilenceAndKeepIssues() throws Exception {
		Files.writeString(workspace.resolve(RuleSettings.FILE_NAME), IssueCodes.MISSING_OUTPUT + " = error\n"
				+ IssueCodes.GOAL_WITHOUT_TARGET + " = ignore\n");
		Issue untouched = issue(IssueCodes.OVERLAP, Severity.INFO, "plan.itup");
		List<Issue> shown = new IssueRuleSettings(List.of(workspace)).apply(List.of(
				issue(IssueCodes.MISSING_OUTPUT, Severity.WARNING, "plan.itup"),
				issue(IssueCodes.GOAL_WITHOUT_TARGET, Severity.WARNING, "plan.itup"), untouched));
		assertEquals(List.of(IssueCodes.MISSING_OUTPUT + " ERROR", IssueCodes.OVERLAP + " INFO"),
				shown.stream().map(issue -> issue.getCode() + " " + issue.getSeverity()).toList());
		assertSame(untouched, shown.get(1));
		assertEquals(7, shown.get(0).getLineNumber());
		assertEquals(3, shown.get(0).getColumn());
	}

	@Test
	void settingsAboveTheOpenFolderDoNotApply() throws Exception {
		Files.writeString(workspace.resolve(RuleSettings.FILE_NAME), IssueCodes.MISSING_OUTPUT + " = ignore\n");
		Path plans = Files.createDirectory(workspace.resolve("plans"));
		List<Issue> shown = new IssueRuleSettings(List.of(plans))
				.apply(List.of(issue(IssueCodes.MISSING_OUTPUT, Severity.WARNING, "plans/plan.itup")));
		assertEquals(Severity.WARNING, shown.get(0).getSeverity());
	}

	@Test
	void aChangedSettingsFileAppliesAtTheNextCheck() throws Exception {
		IssueRuleSettings settings = new IssueRuleSettings(List.of(workspace));
		Issue missingOutput = issue(IssueCodes.MISSING_OUTPUT, Severity.WARNING, "plan.itup");
		assertEquals(1, settings.apply(List.of(missingOutput)).size());
		Files.writeString(workspace.resolve(RuleSettings.FILE_NAME), IssueCodes.MISSING_OUTPUT + "=ignore\n");
		assertEquals(List.of(), settings.apply(List.of(missingOutput)));
	}

	private Issue issue(String code, Severity severity, String file) {
		Issue.IssueImpl issue = new Issue.IssueImpl();
		issue.setCode(code);
		issue.setSeverity(severity);
		issue.setMessage("a finding");
		issue.setLineNumber(7);
		issue.setColumn(3);
		issue.setOffset(120);
		issue.setLength(4);
		issue.setUriToProblem(URI.createFileURI(workspace.resolve(file).toString()).appendFragment("//@goals.0"));
		return issue;
	}
}
