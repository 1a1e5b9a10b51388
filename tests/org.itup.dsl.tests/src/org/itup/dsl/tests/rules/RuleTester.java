package org.itup.dsl.tests.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.eclipse.xtext.validation.Issue;
import org.itup.dsl.tests.PlanFilesFixture;
import org.itup.model.MonitoringFile;
import org.itup.model.Plan;

import com.google.inject.Inject;

/**
 * Parses plan files and asserts that a file has exactly one diagnostic, with the given code, severity, position
 * and message, or none at all.
 */
public class RuleTester {

	@Inject
	private PlanFilesFixture files;

	private final ValidationTestHelper validation = new ValidationTestHelper(ValidationTestHelper.Mode.EXACT);

	public Plan parse(String fileName, String text) throws Exception {
		return files.parse(fileName, text);
	}

	public MonitoringFile parseMonitoring(String fileName, String text) throws Exception {
		return files.parseMonitoring(fileName, text);
	}

	public void assertClean(EObject plan) {
		validation.assertNoIssues(plan);
	}

	/** Asserts the one diagnostic of the file, found at the first occurrence of {@code marked} in the text. */
	public void assertOnly(EObject plan, String text, EClass kind, String code, Severity severity, String marked,
			String message) {
		assertOnly(plan, kind, code, severity, text.indexOf(marked), marked.length(), message);
	}

	public void assertOnly(EObject plan, EClass kind, String code, Severity severity, int offset, int length,
			String message) {
		validation.assertIssue(plan, kind, code, offset, length, severity, message);
		var issues = validation.validate(plan);
		assertEquals(1, issues.size(), () -> issues.stream().map(Issue::toString).collect(Collectors.joining("\n")));
	}

	public ValidationTestHelper validation() {
		return validation;
	}
}
