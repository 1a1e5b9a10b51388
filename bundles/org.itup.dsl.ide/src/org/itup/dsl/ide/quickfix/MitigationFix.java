package org.itup.dsl.ide.quickfix;

import java.util.List;
import java.util.Objects;

import org.itup.dsl.validation.IssueCodes;
import org.itup.model.RiskTreatment;
import org.itup.model.StrategicRisk;

/**
 * Adds a mitigation to a strategic risk that has none, one fix per treatment type, with an empty statement for the
 * planner to say how the risk is treated.
 */
final class MitigationFix implements IssueFix {

	@Override
	public List<String> codes() {
		return List.of(IssueCodes.RISK_WITHOUT_MITIGATION);
	}

	@Override
	public List<PlanQuickFix> fixes(FixContext context) {
		StrategicRisk risk = context.element(StrategicRisk.class);
		if (risk == null || !risk.getMitigations().isEmpty()) {
			return List.of();
		}
		return RiskTreatment.VALUES.stream().filter(treatment -> treatment != RiskTreatment.UNSPECIFIED)
				.map(treatment -> fix(context, risk, treatment)).filter(Objects::nonNull).toList();
	}

	private static PlanQuickFix fix(FixContext context, StrategicRisk risk, RiskTreatment treatment) {
		PlanTextEdit edit = PlanText.lastInBraces(context.text(), risk,
				"mitigation " + treatment.getLiteral() + " \"\"");
		return edit == null ? null : PlanQuickFix.of("Add a mitigation by " + treatment.getLiteral(), edit);
	}
}
