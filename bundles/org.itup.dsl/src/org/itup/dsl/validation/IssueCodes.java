package org.itup.dsl.validation;

/**
 * Every diagnostic code of the plan language, in one place, so quick fixes, severity settings and documentation
 * refer to the same names. docs/validation.md describes each rule.
 */
public final class IssueCodes {

	private static final String PREFIX = "org.itup.dsl.";

	/** Two elements of the same kind share a code within one plan. */
	public static final String DUPLICATE_CODE = PREFIX + "DuplicateCode";

	/** A target's code is not the next one of the plan's target code scheme ({@code <goal>.<n>} by default). */
	public static final String TARGET_NUMBERING = PREFIX + "TargetNumbering";

	/** An objective's code is not the next one of the objective code scheme the plan declares. */
	public static final String OBJECTIVE_NUMBERING = PREFIX + "ObjectiveNumbering";

	/** An enabler's code is not the next one of the enabler code scheme the plan declares. */
	public static final String ENABLER_NUMBERING = PREFIX + "EnablerNumbering";

	/** A code scheme of the plan's header cannot be followed, or a level's scheme is declared twice. */
	public static final String CODE_SCHEME = PREFIX + "CodeScheme";

	/** An outcome's code is not the next one of the outcome code scheme ({@code <objective>-<letter>} by default). */
	public static final String OUTCOME_NUMBERING = PREFIX + "OutcomeNumbering";

	/** An output's code is not the next one of the output code scheme ({@code <objective>-<n>} by default). */
	public static final String OUTPUT_NUMBERING = PREFIX + "OutputNumbering";

	/** An objective names no goal as primary. */
	public static final String MISSING_PRIMARY_GOAL = PREFIX + "MissingPrimaryGoal";

	/** An objective names a goal twice, or as both primary and secondary. */
	public static final String DUPLICATE_GOAL_LINK = PREFIX + "DuplicateGoalLink";

	/** A goal has no target. */
	public static final String GOAL_WITHOUT_TARGET = PREFIX + "GoalWithoutTarget";

	/** No objective is linked to a goal at all. */
	public static final String GOAL_WITHOUT_OBJECTIVE = PREFIX + "GoalWithoutObjective";

	/** Objectives reach a goal through secondary links only. */
	public static final String GOAL_ONLY_SECONDARY = PREFIX + "GoalOnlySecondary";

	/** A target's deadline lies outside the plan period. */
	public static final String DEADLINE_OUTSIDE_PERIOD = PREFIX + "DeadlineOutsidePeriod";

	/** A target is neither measurable (value and unit) nor marked qualitative. */
	public static final String TARGET_NOT_MEASURABLE = PREFIX + "TargetNotMeasurable";

	/** A relative target (increase, decrease) lacks a baseline year or value. */
	public static final String MISSING_BASELINE = PREFIX + "MissingBaseline";

	/** A target's baseline year is not before its deadline. */
	public static final String BASELINE_NOT_BEFORE_DEADLINE = PREFIX + "BaselineNotBeforeDeadline";

	/** An objective has no outcome. */
	public static final String MISSING_OUTCOME = PREFIX + "MissingOutcome";

	/** An objective has no output. */
	public static final String MISSING_OUTPUT = PREFIX + "MissingOutput";

	/** An outcome has no indicator although the plan uses indicators for outcomes. */
	public static final String OUTCOME_WITHOUT_INDICATOR = PREFIX + "OutcomeWithoutIndicator";

	/** An enabler says whom it supports but names no objective. */
	public static final String ENABLER_WITHOUT_SUPPORT = PREFIX + "EnablerWithoutSupport";

	/** A sector objective that no enabler supports. */
	public static final String OBJECTIVE_WITHOUT_ENABLER = PREFIX + "ObjectiveWithoutEnabler";

	/** A strategic risk has no mitigation. */
	public static final String RISK_WITHOUT_MITIGATION = PREFIX + "RiskWithoutMitigation";

	/** A mitigation has no treatment type. */
	public static final String MITIGATION_WITHOUT_TREATMENT = PREFIX + "MitigationWithoutTreatment";

	/** An SDG target code that is not one of the 169 official ones. */
	public static final String UNKNOWN_SDG_TARGET = PREFIX + "UnknownSdgTarget";

	/** An SDG indicator code that is not an official one. */
	public static final String UNKNOWN_SDG_INDICATOR = PREFIX + "UnknownSdgIndicator";

	/** An official SDG code written with capitals (9.C instead of 9.c). */
	public static final String SDG_CODE_CASE = PREFIX + "SdgCodeCase";

	/** A WSIS action line other than C1 to C11. */
	public static final String UNKNOWN_WSIS_ACTION_LINE = PREFIX + "UnknownWsisActionLine";

	/** A glossary term translated into some of the six UN languages but not all. */
	public static final String MISSING_TRANSLATION = PREFIX + "MissingTranslation";

	/** A translation in a language that is not one of the six UN languages. */
	public static final String UNKNOWN_LANGUAGE = PREFIX + "UnknownLanguage";

	/** Plans import each other, directly or through others. */
	public static final String CYCLIC_IMPORT = PREFIX + "CyclicImport";

	/** A file imports a plan it never refers to. */
	public static final String UNUSED_IMPORT = PREFIX + "UnusedImport";

	/** Outcomes or outputs of different sectors with near-duplicate statements. */
	public static final String OVERLAP = PREFIX + "Overlap";

	/** A plan file holds nothing (or only white space and comments). */
	public static final String EMPTY_FILE = PREFIX + "EmptyFile";

	/** A plan file is not valid UTF-8. */
	public static final String NOT_UTF8 = PREFIX + "NotUtf8";

	/** A plan file holds a control character such as NUL: it is most likely a binary file, not plan text. */
	public static final String NOT_TEXT = PREFIX + "NotText";

	/** A path given to the loader does not exist or holds no plan files. */
	public static final String NO_PLAN_FILES = PREFIX + "NoPlanFiles";

	/** A plan file nests blocks so deeply that it cannot be parsed or validated. */
	public static final String TOO_DEEP = PREFIX + "TooDeep";

	/** A plan file could not be read. */
	public static final String UNREADABLE_FILE = PREFIX + "UnreadableFile";

	/** A line of a rule settings file ({@code itup-rules.properties}) names an unknown code or severity. */
	public static final String BAD_RULE_SETTING = PREFIX + "BadRuleSetting";

	/** An operational plan lists an objective of another sector than its own. */
	public static final String OBJECTIVE_OF_OTHER_SECTOR = PREFIX + "ObjectiveOfOtherSector";

	/** An operational plan lists an output under an objective that does not have it. */
	public static final String OUTPUT_OF_OTHER_OBJECTIVE = PREFIX + "OutputOfOtherObjective";

	/** An output in an operational plan names its responsible unit more than once. */
	public static final String RESPONSIBLE_TWICE = PREFIX + "ResponsibleTwice";

	/** A strategic plan's indicator states no baseline or no target, so its progress cannot be judged. */
	public static final String INDICATOR_INCOMPLETE = PREFIX + "IndicatorIncomplete";

	/** An indicator's milestones go against its direction (down for an increase, up for a decrease). */
	public static final String MILESTONE_AGAINST_DIRECTION = PREFIX + "MilestoneAgainstDirection";

	/** An indicator's 'between' bound has its lower value above its upper one. */
	public static final String BOUND_REVERSED = PREFIX + "BoundReversed";

	/** A budget, an expenditure or an operational plan's resources is a negative amount. */
	public static final String NEGATIVE_AMOUNT = PREFIX + "NegativeAmount";

	/** An amount is in a currency the plan declares no exchange rate for, so it cannot be added up. */
	public static final String CURRENCY_WITHOUT_RATE = PREFIX + "CurrencyWithoutRate";

	/** The allocations to an element's parts (objectives of a sector, outputs of an objective) exceed its own. */
	public static final String ALLOCATION_EXCEEDS_PARENT = PREFIX + "AllocationExceedsParent";

	/** An operational plan's resources are a sentence without an amount (the form before amounts existed). */
	public static final String RESOURCES_WITHOUT_AMOUNT = PREFIX + "ResourcesWithoutAmount";

	/** A measurement is in another unit than its target or indicator. */
	public static final String MEASUREMENT_UNIT = PREFIX + "MeasurementUnit";

	/** A measurement's period lies outside the plan period and the indicator's own years. */
	public static final String MEASUREMENT_OUTSIDE_PERIOD = PREFIX + "MeasurementOutsidePeriod";

	/** A target or indicator is measured twice for one period. */
	public static final String MEASUREMENT_TWICE = PREFIX + "MeasurementTwice";

	/** A measurement's date is not an ISO date (2022-11-30). */
	public static final String MEASUREMENT_DATE = PREFIX + "MeasurementDate";

	/** Money is reported as spent on something other than a sector, objective or output. */
	public static final String SPENT_ON_WRONG_ELEMENT = PREFIX + "SpentOnWrongElement";

	/** A monitoring file's CSV data file is missing, unreadable, or has a row that cannot be read. */
	public static final String MONITORING_DATA = PREFIX + "MonitoringData";

	/** A risk's likelihood or impact is not a level of the plan's risk scale. */
	public static final String UNKNOWN_RISK_LEVEL = PREFIX + "UnknownRiskLevel";

	/** An objective names its own (leading) sector, or another sector twice, as a contributor. */
	public static final String CONTRIBUTOR_REPEATED = PREFIX + "ContributorRepeated";

	/** An element is written with a synonym keyword (priority) the plan's vocabulary does not declare for its level. */
	public static final String UNDECLARED_LEVEL_WORD = PREFIX + "UndeclaredLevelWord";

	/** A vocabulary gives a level a keyword that is not one of that level's synonyms, or names a level twice. */
	public static final String VOCABULARY_MISMATCH = PREFIX + "VocabularyMismatch";

	private IssueCodes() {
	}
}
