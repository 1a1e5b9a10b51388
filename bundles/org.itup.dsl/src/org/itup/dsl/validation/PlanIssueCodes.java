package org.itup.dsl.validation;

import static java.util.Map.entry;
import static org.eclipse.xtext.validation.SeverityConverter.SEVERITY_ERROR;
import static org.eclipse.xtext.validation.SeverityConverter.SEVERITY_INFO;
import static org.eclipse.xtext.validation.SeverityConverter.SEVERITY_WARNING;

import java.util.Map;
import java.util.Set;

import org.eclipse.xtext.preferences.PreferenceKey;
import org.eclipse.xtext.util.IAcceptor;
import org.eclipse.xtext.validation.ConfigurableIssueCodesProvider;

/**
 * The severity of each validation rule unless a plan folder's {@code itup-rules.properties} sets another: the one
 * place a rule's default severity is stated. The rules report through Xtext's configurable severities
 * ({@link PlanRules#finding}), so whatever provides the preference values (the plan folder's settings file, bound
 * in the runtime module and in the Eclipse editor's module) gives the same severities to {@code itup check}, the
 * Maven plugin, the language server and the Eclipse editor. A rule that reports a code missing here fails at once.
 */
public class PlanIssueCodes extends ConfigurableIssueCodesProvider {

	private static final Map<String, String> DEFAULT_SEVERITIES = Map.ofEntries(
			entry(IssueCodes.DUPLICATE_CODE, SEVERITY_ERROR),
			entry(IssueCodes.TARGET_NUMBERING, SEVERITY_WARNING),
			entry(IssueCodes.OUTCOME_NUMBERING, SEVERITY_WARNING),
			entry(IssueCodes.OUTPUT_NUMBERING, SEVERITY_WARNING),
			entry(IssueCodes.OBJECTIVE_NUMBERING, SEVERITY_WARNING),
			entry(IssueCodes.ENABLER_NUMBERING, SEVERITY_WARNING),
			entry(IssueCodes.CODE_SCHEME, SEVERITY_ERROR),
			entry(IssueCodes.MISSING_PRIMARY_GOAL, SEVERITY_ERROR),
			entry(IssueCodes.DUPLICATE_GOAL_LINK, SEVERITY_ERROR),
			entry(IssueCodes.GOAL_WITHOUT_TARGET, SEVERITY_WARNING),
			entry(IssueCodes.GOAL_WITHOUT_OBJECTIVE, SEVERITY_WARNING),
			entry(IssueCodes.GOAL_ONLY_SECONDARY, SEVERITY_INFO),
			entry(IssueCodes.DEADLINE_OUTSIDE_PERIOD, SEVERITY_ERROR),
			entry(IssueCodes.TARGET_NOT_MEASURABLE, SEVERITY_WARNING),
			entry(IssueCodes.MISSING_BASELINE, SEVERITY_ERROR),
			entry(IssueCodes.BASELINE_NOT_BEFORE_DEADLINE, SEVERITY_ERROR),
			entry(IssueCodes.MISSING_OUTCOME, SEVERITY_WARNING),
			entry(IssueCodes.MISSING_OUTPUT, SEVERITY_WARNING),
			entry(IssueCodes.OUTCOME_WITHOUT_INDICATOR, SEVERITY_WARNING),
			entry(IssueCodes.ENABLER_WITHOUT_SUPPORT, SEVERITY_WARNING),
			entry(IssueCodes.OBJECTIVE_WITHOUT_ENABLER, SEVERITY_INFO),
			entry(IssueCodes.RISK_WITHOUT_MITIGATION, SEVERITY_ERROR),
			entry(IssueCodes.MITIGATION_WITHOUT_TREATMENT, SEVERITY_ERROR),
			entry(IssueCodes.UNKNOWN_SDG_TARGET, SEVERITY_ERROR),
			entry(IssueCodes.UNKNOWN_SDG_INDICATOR, SEVERITY_ERROR),
			entry(IssueCodes.SDG_CODE_CASE, SEVERITY_WARNING),
			entry(IssueCodes.UNKNOWN_WSIS_ACTION_LINE, SEVERITY_ERROR),
			entry(IssueCodes.MISSING_TRANSLATION, SEVERITY_WARNING),
			entry(IssueCodes.UNKNOWN_LANGUAGE, SEVERITY_WARNING),
			entry(IssueCodes.CYCLIC_IMPORT, SEVERITY_ERROR),
			entry(IssueCodes.UNUSED_IMPORT, SEVERITY_WARNING),
			entry(IssueCodes.OVERLAP, SEVERITY_INFO),
			entry(IssueCodes.OBJECTIVE_OF_OTHER_SECTOR, SEVERITY_ERROR),
			entry(IssueCodes.OUTPUT_OF_OTHER_OBJECTIVE, SEVERITY_ERROR),
			entry(IssueCodes.RESPONSIBLE_TWICE, SEVERITY_ERROR),
			entry(IssueCodes.INDICATOR_INCOMPLETE, SEVERITY_WARNING),
			entry(IssueCodes.MILESTONE_AGAINST_DIRECTION, SEVERITY_WARNING),
			entry(IssueCodes.BOUND_REVERSED, SEVERITY_ERROR),
			entry(IssueCodes.NEGATIVE_AMOUNT, SEVERITY_ERROR),
			entry(IssueCodes.CURRENCY_WITHOUT_RATE, SEVERITY_ERROR),
			entry(IssueCodes.ALLOCATION_EXCEEDS_PARENT, SEVERITY_WARNING),
			entry(IssueCodes.RESOURCES_WITHOUT_AMOUNT, SEVERITY_WARNING),
			entry(IssueCodes.MEASUREMENT_UNIT, SEVERITY_ERROR),
			entry(IssueCodes.MEASUREMENT_OUTSIDE_PERIOD, SEVERITY_WARNING),
			entry(IssueCodes.MEASUREMENT_TWICE, SEVERITY_ERROR),
			entry(IssueCodes.MEASUREMENT_DATE, SEVERITY_WARNING),
			entry(IssueCodes.SPENT_ON_WRONG_ELEMENT, SEVERITY_ERROR),
			entry(IssueCodes.MONITORING_DATA, SEVERITY_ERROR),
			entry(IssueCodes.UNKNOWN_RISK_LEVEL, SEVERITY_ERROR),
			entry(IssueCodes.CONTRIBUTOR_REPEATED, SEVERITY_WARNING),
			entry(IssueCodes.UNDECLARED_LEVEL_WORD, SEVERITY_ERROR),
			entry(IssueCodes.VOCABULARY_MISMATCH, SEVERITY_ERROR));

	@Override
	protected void initialize(IAcceptor<PreferenceKey> acceptor) {
		super.initialize(acceptor);
		DEFAULT_SEVERITIES.forEach((code, severity) -> acceptor.accept(create(code, severity)));
	}

	/** The codes of the validation rules, whose severity a plan folder can set. */
	public static Set<String> ruleCodes() {
		return DEFAULT_SEVERITIES.keySet();
	}

	/** The severity a rule has when no settings file changes it: error, warning or info. */
	public static String defaultSeverity(String code) {
		return DEFAULT_SEVERITIES.get(code);
	}
}
