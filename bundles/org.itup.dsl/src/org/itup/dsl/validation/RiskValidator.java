package org.itup.dsl.validation;

import java.util.List;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.itup.analysis.risk.RiskMatrix;
import org.eclipse.xtext.validation.Check;
import org.itup.model.ItupPackage;
import org.itup.model.Mitigation;
import org.itup.model.RiskTreatment;
import org.itup.model.StrategicRisk;

/**
 * Strategic risk management (Table 2 of the ITU plan): every risk has a mitigation, and every mitigation says how it
 * treats the risk (avoidance, limitation, transfer or acceptance); likelihood and impact are rated on the plan's
 * risk scale.
 */
public class RiskValidator extends PlanRules {

	private static final List<String> DEFAULT_SCALE = RiskMatrix.DEFAULT_SCALE;

	@Check
	public void checkRiskHasMitigation(StrategicRisk risk) {
		if (risk.getMitigations().isEmpty() && risk.getName() != null) {
			finding("The strategic risk '" + risk.getName()
					+ "' has no mitigation: add 'mitigation <avoidance|limitation|transfer|acceptance> \"<how>\"'.",
					ItupPackage.Literals.PLAN_ELEMENT__NAME, IssueCodes.RISK_WITHOUT_MITIGATION);
		}
	}

	@Check
	public void checkRatingsOnTheScale(StrategicRisk risk) {
		List<String> scale = riskScaleOf(risk);
		rating(risk.getLikelihood(), scale, ItupPackage.Literals.STRATEGIC_RISK__LIKELIHOOD, "likelihood");
		rating(risk.getImpact(), scale, ItupPackage.Literals.STRATEGIC_RISK__IMPACT, "impact");
	}

	private void rating(String level, List<String> scale, EStructuralFeature feature, String what) {
		if (level != null && !scale.contains(level)) {
			finding("The " + what + " '" + level + "' is not a level of the plan's risk scale (" + String.join(", ", scale)
					+ "): use one of them, or declare the scale in the plan's header, e.g. 'risk scale low, medium, high'.",
					feature, IssueCodes.UNKNOWN_RISK_LEVEL);
		}
	}

	private List<String> riskScaleOf(StrategicRisk risk) {
		RiskScale scale = planFact(risk, RiskScale.class, plan -> new RiskScale(RiskMatrix.scaleOf(plan.parts())));
		return scale == null ? DEFAULT_SCALE : scale.levels();
	}

	private record RiskScale(List<String> levels) {
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
