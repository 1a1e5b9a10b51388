package org.itup.dsl.validation;

import org.eclipse.xtext.validation.Check;
import org.itup.model.ItupPackage;
import org.itup.model.Mitigation;
import org.itup.model.RiskTreatment;
import org.itup.model.StrategicRisk;

/**
 * Strategic risk management (Table 2 of the ITU plan): every risk has a mitigation, and every mitigation says how it
 * treats the risk (avoidance, limitation, transfer or acceptance).
 */
public class RiskValidator extends PlanRules {

	@Check
	public void checkRiskHasMitigation(StrategicRisk risk) {
		if (risk.getMitigations().isEmpty() && risk.getName() != null) {
			finding("The strategic risk '" + risk.getName()
					+ "' has no mitigation: add 'mitigation <avoidance|limitation|transfer|acceptance> \"<how>\"'.",
					ItupPackage.Literals.PLAN_ELEMENT__NAME, IssueCodes.RISK_WITHOUT_MITIGATION);
		}
	}

	@Check
	public void checkMitigationHasTreatment(Mitigation mitigation) {
		if (mitigation.getTreatment() == RiskTreatment.UNSPECIFIED && mitigation.getStatement() != null) {
			finding("This mitigation has no treatment type: write avoidance, limitation, transfer or acceptance after "
					+ "'mitigation'.", ItupPackage.Literals.MITIGATION__STATEMENT,
					IssueCodes.MITIGATION_WITHOUT_TREATMENT);
		}
	}
}
