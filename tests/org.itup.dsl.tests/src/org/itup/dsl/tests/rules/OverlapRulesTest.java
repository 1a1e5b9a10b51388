package org.itup.dsl.tests.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

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

/** Outcomes and outputs of different sectors worded nearly alike are pointed out (Resolution 191). */
@ExtendWith(InjectionExtension.class)
@InjectWith(ItupInjectorProvider.class)
class OverlapRulesTest {

	@Inject
	private RuleTester rules;

	private static String withSectorB(String outputB) {
		return Plans.clean().replace("supports A.1", "supports all") + """
				sector B "Sector B" {
				    objective B.1 "Knowledge" {
				        primary goal 1
				        outcome B.1-a "Better policies"
				        output B.1-1 "%s"
				    }
				}
				""".formatted(outputB);
	}

	@Test
	void nearDuplicateOutputsOfTwoSectors() throws Exception {
		String text = withSectorB("Regulations");
		Plan plan = rules.parse("p.itup", text);
		rules.validation().assertIssue(plan, ItupPackage.Literals.OUTPUT, IssueCodes.OVERLAP,
				text.indexOf("A.1-1"), 5, Severity.INFO, "The output 'A.1-1' reads nearly like output 'B.1-1' of B "
						+ "(similarity 1.00): check that the sectors do not duplicate work, and coordinate or merge the two.");
		rules.validation().assertIssue(plan, ItupPackage.Literals.OUTPUT, IssueCodes.OVERLAP,
				text.indexOf("B.1-1"), 5, Severity.INFO, "The output 'B.1-1' reads nearly like output 'A.1-1' of A "
						+ "(similarity 1.00): check that the sectors do not duplicate work, and coordinate or merge the two.");
		assertEquals(2, rules.validation().validate(plan).size());
	}

	@Test
	void sharedWorkIsNoDuplication() throws Exception {
		// sector B contributes to A.1, so both stating the regulations they work on together is expected
		String text = withSectorB("Regulations").replace("        primary goal 1\n        outcome A.1-a",
				"        primary goal 1\n        contributors B\n        outcome A.1-a");
		rules.assertClean(rules.parse("p.itup", text));
	}

	@Test
	void theLeadingSectorIsNoContributor() throws Exception {
		String text = withSectorB("Workshops on spectrum management").replace(
				"        primary goal 1\n        outcome A.1-a", "        primary goal 1\n        contributors B, A\n        outcome A.1-a");
		rules.assertOnly(rules.parse("p.itup", text), ItupPackage.Literals.OBJECTIVE, IssueCodes.CONTRIBUTOR_REPEATED,
				Severity.WARNING, text.indexOf("B, A") + 3, 1,
				"The sector 'A' leads the objective 'A.1' (it holds it), so it is not also one of its contributors.");
	}

	@Test
	void differentOutputsPass() throws Exception {
		rules.assertClean(rules.parse("p.itup", withSectorB("Workshops on spectrum management")));
	}

	@Test
	void manySectorsWithOneOutputGetTheMostAlikeListedAndTheRestCounted() throws Exception {
		List<String> outcomes = List.of("Harmonised spectrum", "Trusted networks", "Affordable access",
				"Skilled regulators", "Open standards", "Resilient cables", "Gender parity");
		StringBuilder text = new StringBuilder(Plans.clean().replace("supports A.1", "supports all"));
		for (int sector = 0; sector < outcomes.size(); sector++) {
			String code = String.valueOf((char) ('B' + sector));
			text.append("""
					sector %1$s "Sector %1$s" {
					    objective %1$s.1 "Knowledge" {
					        primary goal 1
					        outcome %1$s.1-a "%2$s"
					        output %1$s.1-1 "Regulations"
					    }
					}
					""".formatted(code, outcomes.get(sector)));
		}
		Plan plan = rules.parse("p.itup", text.toString());
		rules.validation().assertIssue(plan, ItupPackage.Literals.OUTPUT, IssueCodes.OVERLAP,
				text.indexOf("A.1-1"), 5, Severity.INFO, "The output 'A.1-1' also reads nearly like 2 more outputs of "
						+ "other sectors, beyond the 5 most alike named here: so many sectors stating the same output "
						+ "suggests it belongs to one of them, or to the plan as a whole.");
		// eight outputs alike: each has seven overlaps, five named and one note counting the other two
		assertEquals(8 * 6, rules.validation().validate(plan).stream()
				.filter(issue -> IssueCodes.OVERLAP.equals(issue.getCode())).count());
	}
}
