package org.itup.dsl.validation;

import java.util.List;
import java.util.function.Predicate;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.validation.Check;
import org.itup.analysis.reference.SdgCodes;
import org.itup.analysis.reference.WsisActionLines;
import org.itup.model.Goal;
import org.itup.model.ItupPackage;
import org.itup.model.Objective;
import org.itup.model.Plan;
import org.itup.model.SdgLink;

/**
 * References to the Sustainable Development Goals and the WSIS action lines name official codes, so that reports can
 * show their titles and a reader can look them up. A known code written with capitals is only a warning: it is
 * clear what it means, and the quick fix writes the official lower-case form.
 */
public class ReferenceValidator extends PlanRules {

	private static final SdgCodes SDG = SdgCodes.official();

	@Check
	public void checkSdgTarget(SdgLink link) {
		if (link.getTarget() != null) {
			checkSdgCode(link, ItupPackage.Literals.SDG_LINK__TARGET, List.of(link.getTarget()), SDG::isTarget,
					"target", IssueCodes.UNKNOWN_SDG_TARGET);
		}
	}

	@Check
	public void checkSdgIndicators(SdgLink link) {
		checkSdgCode(link, ItupPackage.Literals.SDG_LINK__INDICATORS, link.getIndicators(), SDG::isIndicator,
				"indicator", IssueCodes.UNKNOWN_SDG_INDICATOR);
	}

	@Check
	public void checkSdgCustodianIndicators(Plan plan) {
		checkSdgCode(plan, ItupPackage.Literals.PLAN__SDG_CUSTODIAN_INDICATORS, plan.getSdgCustodianIndicators(),
				SDG::isIndicator, "indicator", IssueCodes.UNKNOWN_SDG_INDICATOR);
	}

	private void checkSdgCode(EObject owner, EAttribute feature, List<String> codes, Predicate<String> official,
			String kind, String unknownCode) {
		for (int i = 0; i < codes.size(); i++) {
			String code = codes.get(i);
			if (code == null || official.test(code)) {
				continue;
			}
			String lowerCase = SdgCodes.officialForm(code);
			if (official.test(lowerCase)) {
				finding("The SDG " + kind + " '" + code + "' is written with capitals: the official code is '"
						+ lowerCase + "'.", owner, feature, i, IssueCodes.SDG_CODE_CASE, lowerCase);
			} else {
				finding("'" + code + "' is not an official SDG " + kind + " code: use a code of the official list "
						+ "(e.g. " + (kind.equals("target") ? "9.c" : "9.c.1") + ").", owner, feature, i,
						unknownCode);
			}
		}
	}

	@Check
	public void checkPlanWsisActionLines(Plan plan) {
		checkWsis(plan, ItupPackage.Literals.PLAN__WSIS_ACTION_LINES, plan.getWsisActionLines());
	}

	@Check
	public void checkGoalWsisActionLines(Goal goal) {
		checkWsis(goal, ItupPackage.Literals.GOAL__WSIS_ACTION_LINES, goal.getWsisActionLines());
	}

	@Check
	public void checkObjectiveWsisActionLines(Objective objective) {
		checkWsis(objective, ItupPackage.Literals.OBJECTIVE__WSIS_ACTION_LINES, objective.getWsisActionLines());
	}

	private void checkWsis(EObject owner, EAttribute feature, List<String> actionLines) {
		for (int i = 0; i < actionLines.size(); i++) {
			String line = actionLines.get(i);
			if (line != null && !WsisActionLines.exists(line)) {
				finding("'" + line + "' is not a WSIS action line: the action lines are C1 to C11.", owner, feature, i,
						IssueCodes.UNKNOWN_WSIS_ACTION_LINE);
			}
		}
	}
}
