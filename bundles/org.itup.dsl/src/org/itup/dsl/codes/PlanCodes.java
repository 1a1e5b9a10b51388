package org.itup.dsl.codes;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.itup.model.CodeScheme;
import org.itup.model.CodedLevel;
import org.itup.model.Plan;
import org.itup.model.PlanElement;

/**
 * The code schemes of one plan: what its header declares ({@code codes { target "{goal}.{A}" }}), the defaults for
 * the levels it does not name, and which codes are official and so never checked or renamed.
 */
public final class PlanCodes {

	/** ITU's numbering, the default: objectives and enablers have no default, as their codes name a sector. */
	private static final Map<CodedLevel, String> DEFAULTS = Map.of(CodedLevel.TARGET, "{goal}.{n}",
			CodedLevel.OUTCOME, "{objective}-{a}", CodedLevel.OUTPUT, "{objective}-{n}");

	private final boolean allOfficial;
	private final Map<CodedLevel, CodeScheme> declared;

	private PlanCodes(boolean allOfficial, Map<CodedLevel, CodeScheme> declared) {
		this.allOfficial = allOfficial;
		this.declared = declared;
	}

	/** The schemes the parts of one plan declare; the first declaration of a level counts. */
	public static PlanCodes of(List<Plan> parts) {
		Map<CodedLevel, CodeScheme> declared = new EnumMap<>(CodedLevel.class);
		for (Plan part : parts) {
			part.getCodeSchemes().forEach(scheme -> declared.putIfAbsent(scheme.getLevel(), scheme));
		}
		return new PlanCodes(parts.stream().anyMatch(Plan::isOfficialCodes), declared);
	}

	/** The scheme the plan declares for the level, or null when it keeps the default. */
	public CodeScheme declared(CodedLevel level) {
		return declared.get(level);
	}

	/** The pattern the level's codes follow, or null when they are not checked (official, no default, malformed). */
	public CodePattern pattern(CodedLevel level) {
		CodeScheme scheme = declared.get(level);
		if (allOfficial || scheme != null && scheme.isOfficial()) {
			return null;
		}
		String text = scheme == null ? DEFAULTS.get(level) : scheme.getPattern();
		if (text == null) {
			return null;
		}
		try {
			return CodePattern.parse(text, CodedLevels.parents(level));
		} catch (IllegalArgumentException malformed) {
			return null; // the rule CodeScheme reports it where it is declared
		}
	}

	/** Whether the element's code is adopted as written: by the element, its level's scheme or the whole plan. */
	public boolean isOfficial(PlanElement element) {
		CodedLevel level = CodedLevels.of(element);
		return element.isOfficial() || level == null || pattern(level) == null && !isUnchecked(level);
	}

	/** Whether the level simply has no scheme (objectives and enablers by default), rather than official codes. */
	private boolean isUnchecked(CodedLevel level) {
		return !allOfficial && !declared.containsKey(level) && !DEFAULTS.containsKey(level);
	}

	/**
	 * The code the element should have under its level's scheme, or null when its code is not checked or its parent
	 * has no code yet.
	 */
	public String expected(PlanElement element) {
		CodedLevel level = CodedLevels.of(element);
		CodePattern pattern = level == null || element.isOfficial() ? null : pattern(level);
		if (pattern == null) {
			return null;
		}
		String parentCode = pattern.parent() == null ? "" : CodedLevels.parentCode(element, pattern.parent());
		int index = CodedLevels.siblings(element).indexOf(element);
		return parentCode == null || index < 0 ? null : pattern.code(parentCode, index);
	}
}
