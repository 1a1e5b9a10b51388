package org.itup.dsl.ide.quickfix;

import java.util.List;

import org.itup.dsl.validation.IssueCodes;
import org.itup.model.ItupPackage;
import org.itup.model.Mitigation;
import org.itup.model.RiskTreatment;

/**
 * Offers each treatment type (avoidance, limitation, transfer, acceptance) for a mitigation that has none.
 */
final class TreatmentFix implements IssueFix {

	@Override
	public List<String> codes() {
		return List.of(IssueCodes.MITIGATION_WITHOUT_TREATMENT);
	}

	@Override
	public List<PlanQuickFix> fixes(FixContext context) {
		Mitigation mitigation = context.element(Mitigation.class);
		if (mitigation == null || mitigation.getTreatment() != RiskTreatment.UNSPECIFIED) {
			return List.of();
		}
		var statement = PlanText.featureNodes(mitigation, ItupPackage.Literals.MITIGATION__STATEMENT);
		if (statement.isEmpty()) {
			return List.of();
		}
		int at = statement.get(0).getOffset();
		return RiskTreatment.VALUES.stream().filter(treatment -> treatment != RiskTreatment.UNSPECIFIED)
				.map(treatment -> PlanQuickFix.of("Treat the risk by " + treatment.getLiteral(),
						PlanTextEdit.insert(at, treatment.getLiteral() + " ")))
				.toList();
	}
}
