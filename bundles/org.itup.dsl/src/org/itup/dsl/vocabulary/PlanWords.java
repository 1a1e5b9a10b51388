package org.itup.dsl.vocabulary;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.itup.analysis.StrategicPlan;
import org.itup.analysis.vocabulary.PlanVocabulary;
import org.itup.dsl.validation.WholePlans;
import org.itup.model.Plan;

import com.google.inject.Inject;

/**
 * The vocabulary of the plan an element belongs to, for editor services (hover, outline, completion, rename): the
 * declaration may stand in another file of the plan, so the whole plan is asked, and the answer is kept while no
 * part of the plan changes, since a hover or a completion list asks for it once per element.
 */
public class PlanWords {

	@Inject
	private WholePlans wholePlans;

	public PlanVocabulary of(EObject element) {
		Plan part = EcoreUtil2.getContainerOfType(element, Plan.class);
		if (part == null) {
			return PlanVocabulary.DEFAULT;
		}
		Map<Object, Object> facts = wholePlans.factsWhileUnchanged(part);
		if (facts == null) {
			return compute(part);
		}
		return (PlanVocabulary) facts.computeIfAbsent(PlanWords.class, key -> compute(part));
	}

	private PlanVocabulary compute(Plan part) {
		StrategicPlan plan = wholePlans.of(part, null);
		return plan == null ? PlanVocabulary.of(List.of(part)) : plan.vocabulary();
	}
}
