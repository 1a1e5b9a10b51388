package org.itup.dsl.tests.rules;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.itup.dsl.tests.ItupInjectorProvider;
import org.itup.dsl.validation.IssueCodes;
import org.itup.model.ItupPackage;
import org.itup.model.Plan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** Imports are used, and plans do not import each other in a circle. */
@ExtendWith(InjectionExtension.class)
@InjectWith(ItupInjectorProvider.class)
class ImportRulesTest {

	@Inject
	private RuleTester rules;

	@Test
	void usedImportPasses() throws Exception {
		rules.parse("p.itup", Plans.clean());
		Plan plan = rules.parse("q.itup", "plan q\nimport p\nsector B { enabler B-1 { supports A.1 } }\n");
		rules.assertClean(plan);
	}

	@Test
	void unusedImport() throws Exception {
		rules.parse("p.itup", Plans.clean());
		String text = "plan q\nimport p\nsector B { enabler B-1 { supports all } }\n";
		Plan plan = rules.parse("q.itup", text);
		rules.assertOnly(plan, ItupPackage.Literals.IMPORT, IssueCodes.UNUSED_IMPORT, Severity.WARNING,
				text.indexOf("p\nsector"), 1, "Nothing in this file refers to the plan 'p': remove the import.");
	}

	@Test
	void plansImportingEachOther() throws Exception {
		String first = "plan p\nimport q\nsector A { enabler A-1 { supports B.1 } }\n";
		String second = "plan q\nimport p\nsector B { objective B.1 { primary goal 1 outcome B.1-a output B.1-1 } "
				+ "enabler B-1 { supports A.1 } }\ngoal 1 { target 1.1 { qualitative } }\n";
		Plan plan = rules.parse("p.itup", first);
		rules.parse("q.itup", second);
		rules.assertOnly(plan, ItupPackage.Literals.IMPORT, IssueCodes.CYCLIC_IMPORT, Severity.ERROR,
				first.indexOf("q\n"), 1, "The plan 'p' imports 'q', which imports it back (directly or through other "
						+ "plans): remove one of the imports.");
	}
}
