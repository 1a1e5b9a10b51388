package org.itup.dsl.ide.quickfix;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.xtext.resource.XtextResource;
import org.itup.dsl.validation.WholePlans;

import com.google.inject.Inject;

/**
 * Every quick fix of the plan language, by issue code: the one place editors (the language server's code actions,
 * the Eclipse editor) ask for fixes, so each fix is written once.
 */
public class PlanQuickFixes {

	private final Map<String, IssueFix> byCode = new HashMap<>();

	@Inject
	public PlanQuickFixes(WholePlans wholePlans) {
		for (IssueFix fix : List.of(new RenumberFix(wholePlans), new SdgLowerCaseFix(), new BaselineFix(),
				new TranslationPlaceholderFix(), new RemoveImportFix(), new TreatmentFix(), new PrimaryGoalFix(),
				new RepeatedGoalLinkFix(), new DeadlineFix(), new ResultSkeletonFix(), new QualitativeTargetFix(),
				new EnablerSupportFix(), new GoalTargetFix(), new MitigationFix(), new OutcomeIndicatorFix(),
				new NearestCodeFix())) {
			fix.codes().forEach(code -> byCode.put(code, fix));
		}
	}

	public boolean hasFixes(String code) {
		return code != null && byCode.containsKey(code);
	}

	/** The fixes for a diagnostic with this code at this range of the resource's text. */
	public List<PlanQuickFix> fixesFor(XtextResource resource, String code, int offset, int length) {
		IssueFix fix = code == null ? null : byCode.get(code);
		if (fix == null || resource.getParseResult() == null) {
			return List.of();
		}
		return fix.fixes(FixContext.of(resource, code, offset, length));
	}
}
