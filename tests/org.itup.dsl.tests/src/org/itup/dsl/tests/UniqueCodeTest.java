package org.itup.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.itup.dsl.validation.IssueCodes;
import org.itup.model.ItupPackage;
import org.itup.model.Plan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * A code names one element of its kind within a plan, across all the plan's files.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(ItupInjectorProvider.class)
class UniqueCodeTest {

	@Inject
	private PlanFilesFixture files;

	private final ValidationTestHelper validation = new ValidationTestHelper(ValidationTestHelper.Mode.EXACT);

	@Test
	void twoGoalsWithOneCodeInOneFileAreBothErrors() throws Exception {
		String text = "plan p\ngoal 1 \"Growth\" { }\ngoal 1 \"Inclusiveness\" { }\n";
		Plan plan = files.parse("p.itup", text);
		String message = "The goal code '1' is used twice in this plan (again in this file): give each goal its own code.";
		validation.assertError(plan, ItupPackage.Literals.GOAL, IssueCodes.DUPLICATE_CODE, text.indexOf("1 \"G"), 1,
				message);
		validation.assertError(plan, ItupPackage.Literals.GOAL, IssueCodes.DUPLICATE_CODE, text.indexOf("1 \"I"), 1,
				message);
		assertEquals(2, duplicates(plan));
	}

	@Test
	void duplicateOutputAcrossFilesOfOnePlanNamesTheOtherFile() throws Exception {
		String first = "plan p\nsector A { objective A.1 { output A.1-1 \"Reports\" } }\n";
		String second = "plan p\nsector B { objective B.1 { output A.1-1 \"Events\" } }\n";
		files.parse("a.itup", first);
		Plan plan = files.parse("b.itup", second);
		validation.assertError(plan, ItupPackage.Literals.OUTPUT, IssueCodes.DUPLICATE_CODE,
				second.indexOf("A.1-1"), "A.1-1".length(),
				"The output code 'A.1-1' is used twice in this plan (again in a.itup): give each output its own code.");
		assertEquals(1, duplicates(plan));
	}

	@Test
	void elementsOfDifferentKindsMayShareACode() throws Exception {
		Plan plan = files.parse("p.itup", """
				plan p
				goal 1 "Growth" { }
				risk 1 "Insufficient funding" { mitigation limitation "Plan finances" }
				""");
		assertEquals(0, duplicates(plan));
	}

	@Test
	void differentPlansMayReuseCodes() throws Exception {
		files.parse("p.itup", "plan p\ngoal 1 \"Growth\" { }\n");
		Plan other = files.parse("q.itup", "plan q\ngoal 1 \"Growth\" { }\n");
		assertEquals(0, duplicates(other));
	}

	/** Counts the duplicate-code errors only: these minimal plans also break rules this test is not about. */
	private long duplicates(Plan plan) {
		return validation.validate(plan).stream().filter(issue -> IssueCodes.DUPLICATE_CODE.equals(issue.getCode()))
				.count();
	}
}
