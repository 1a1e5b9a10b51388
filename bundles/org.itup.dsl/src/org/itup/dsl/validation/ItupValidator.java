package org.itup.dsl.validation;

import org.eclipse.xtext.validation.ComposedChecks;

/**
 * The plan language's validation: one composed validator per concern, each rule a small {@code @Check}.
 */
@ComposedChecks(validators = { UniqueCodeValidator.class, CodeConventionValidator.class, LinkageValidator.class,
		TargetValidator.class, ResultsValidator.class, EnablerValidator.class, RiskValidator.class,
		ReferenceValidator.class, TranslationValidator.class, ImportValidator.class, OverlapValidator.class,
		OperationalPlanValidator.class, IndicatorValidator.class, BudgetValidator.class, MonitoringValidator.class,
		VocabularyValidator.class })
public class ItupValidator extends AbstractItupValidator {
}
