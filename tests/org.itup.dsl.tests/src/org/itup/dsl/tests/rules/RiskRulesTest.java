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

/** Every strategic risk has a mitigation, and every mitigation a treatment type. */
@ExtendWith(InjectionExtension.class)
@InjectWith(ItupInjectorProvider.class)
class RiskRulesTest {

	@Inject
	private RuleTester rules;

	@Test
	void riskWithoutMitigation() throws Exception {
		String text = Plans.clean().replace("    mitigation limitation \"Plan finances\"\n", "    aspect \"Less money\"\n");
		Plan plan = rules.parse("p.itup", text);
		rules.assertOnly(plan, ItupPackage.Literals.STRATEGIC_RISK, IssueCodes.RISK_WITHOUT_MITIGATION,
				Severity.ERROR, text.indexOf("1 \"Funding"), 1, "The strategic risk '1' has no mitigation: add "
						+ "'mitigation <avoidance|limitation|transfer|acceptance> \"<how>\"'.");
	}

	@Test
	void mitigationWithoutTreatment() throws Exception {
		String text = Plans.clean().replace("mitigation limitation", "mitigation");
		Plan plan = rules.parse("p.itup", text);
		rules.assertOnly(plan, text, ItupPackage.Literals.MITIGATION, IssueCodes.MITIGATION_WITHOUT_TREATMENT,
				Severity.ERROR, "\"Plan finances\"", "This mitigation has no treatment type: write avoidance, "
						+ "limitation, transfer or acceptance after 'mitigation'.");
	}
}
