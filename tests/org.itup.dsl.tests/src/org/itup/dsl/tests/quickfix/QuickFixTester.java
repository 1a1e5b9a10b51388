package org.itup.dsl.tests.quickfix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.eclipse.xtext.validation.Issue;
import org.itup.dsl.ide.quickfix.PlanQuickFix;
import org.itup.dsl.ide.quickfix.PlanQuickFixes;
import org.itup.dsl.tests.PlanFilesFixture;
import org.itup.model.Plan;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Validates a plan file, takes the fixes offered for the diagnostic with a given code, applies one to the text and
 * checks that the fixed text no longer has that diagnostic.
 */
public class QuickFixTester {

	@Inject
	private Provider<PlanFilesFixture> fixtures;

	private final ValidationTestHelper validation = new ValidationTestHelper(ValidationTestHelper.Mode.EXACT);
	@Inject
	private PlanQuickFixes quickFixes;
	private final java.util.Map<String, String> otherFiles = new java.util.LinkedHashMap<>();

	/** Another file of the plan folder, parsed beside the file under test. */
	public QuickFixTester withFile(String name, String text) {
		otherFiles.put(name, text);
		return this;
	}

	private Plan parse(String text) throws Exception {
		PlanFilesFixture fixture = fixtures.get();
		for (var file : otherFiles.entrySet()) {
			fixture.parse(file.getKey(), file.getValue());
		}
		return fixture.parse("main.itup", text);
	}

	/** The fixes for the first diagnostic with this code. */
	public List<PlanQuickFix> fixes(String text, String code) throws Exception {
		Plan plan = parse(text);
		Issue issue = validation.validate(plan).stream().filter(i -> code.equals(i.getCode())).findFirst()
				.orElseThrow(() -> new AssertionError("no diagnostic " + code + " in\n" + text));
		return quickFixes.fixesFor((XtextResource) plan.eResource(), code, issue.getOffset(), issue.getLength());
	}

	/**
	 * The fixes an editor would be offered for a diagnostic with this code on the first {@code marked} of the text,
	 * whether or not the rules report one there (an editor may hand back a diagnostic of an older version).
	 */
	public List<PlanQuickFix> fixesAt(String text, String code, String marked) throws Exception {
		Plan plan = parse(text);
		return quickFixes.fixesFor((XtextResource) plan.eResource(), code, text.indexOf(marked), marked.length());
	}

	/** Applies the fix with this label and returns the fixed text, after checking the diagnostic is gone. */
	public String apply(String text, String code, String label) throws Exception {
		List<PlanQuickFix> fixes = fixes(text, code);
		PlanQuickFix fix = fixes.stream().filter(f -> f.label().equals(label)).findFirst().orElseThrow(
				() -> new AssertionError("no fix '" + label + "' among " + fixes.stream().map(PlanQuickFix::label).toList()));
		String fixed = fix.applyTo(text);
		Plan plan = parse(fixed);
		assertTrue(validation.validate(plan).stream().noneMatch(i -> code.equals(i.getCode())),
				() -> "the fix left the diagnostic in\n" + fixed);
		return fixed;
	}

	public void assertFixed(String text, String code, String label, String expected) throws Exception {
		assertEquals(expected, apply(text, code, label));
	}
}
