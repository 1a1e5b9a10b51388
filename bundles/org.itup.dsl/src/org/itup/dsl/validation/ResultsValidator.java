package org.itup.dsl.validation;

import org.eclipse.xtext.validation.Check;
import org.itup.analysis.StrategicPlan;
import org.itup.analysis.vocabulary.PlanVocabulary;
import org.itup.model.ItupPackage;
import org.itup.model.Objective;
import org.itup.model.Outcome;
import org.itup.model.PlanLevel;

/**
 * The results chain below an objective: outcomes that show whether it is achieved, outputs that implement it, and,
 * once the plan measures its outcomes with indicators, an indicator for every outcome.
 */
public class ResultsValidator extends PlanRules {

	@Check
	public void checkObjectiveHasOutcome(Objective objective) {
		if (objective.getOutcomes().isEmpty() && objective.getName() != null) {
			PlanVocabulary words = wordsOf(objective);
			finding("The " + words.one(PlanLevel.OBJECTIVE) + " '" + objective.getName() + "' has no "
					+ words.one(PlanLevel.OUTCOME) + ": add one that shows whether the " + words.one(PlanLevel.OBJECTIVE)
					+ " is being achieved.",
					ItupPackage.Literals.PLAN_ELEMENT__NAME, IssueCodes.MISSING_OUTCOME);
		}
	}

	@Check
	public void checkObjectiveHasOutput(Objective objective) {
		if (objective.getOutputs().isEmpty() && objective.getName() != null) {
			PlanVocabulary words = wordsOf(objective);
			finding("The " + words.one(PlanLevel.OBJECTIVE) + " '" + objective.getName() + "' has no "
					+ words.one(PlanLevel.OUTPUT) + ": add the deliverables, products or services that implement it.",
					ItupPackage.Literals.PLAN_ELEMENT__NAME, IssueCodes.MISSING_OUTPUT);
		}
	}

	@Check
	public void checkOutcomeHasIndicator(Outcome outcome) {
		if (!outcome.getIndicators().isEmpty() || outcome.getName() == null) {
			return;
		}
		if (Boolean.TRUE.equals(planFact(outcome, Boolean.class, ResultsValidator::measuresOutcomes))) {
			PlanVocabulary words = wordsOf(outcome);
			finding("The " + words.one(PlanLevel.OUTCOME) + " '" + outcome.getName() + "' has no indicator although other "
					+ words.many(PlanLevel.OUTCOME) + " of the plan have: add 'indicator \"<name>\"' in braces after it.",
					ItupPackage.Literals.PLAN_ELEMENT__NAME, IssueCodes.OUTCOME_WITHOUT_INDICATOR);
		}
	}

	/** Whether the plan measures its outcomes with indicators, i.e. some outcome has one. */
	private static Boolean measuresOutcomes(StrategicPlan plan) {
		return plan.outcomes().stream().anyMatch(outcome -> !outcome.getIndicators().isEmpty());
	}
}
