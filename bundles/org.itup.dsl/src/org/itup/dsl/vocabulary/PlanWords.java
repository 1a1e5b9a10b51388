package org.itup.dsl.vocabulary;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.itup.analysis.StrategicPlan;
import org.itup.analysis.vocabulary.PlanVocabulary;
import org.itup.dsl.validation.WholePlans;
import org.itup.model.ItupPackage;
import org.itup.model.MonitoringFile;
import org.itup.model.OperationalPlan;
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

	/** An element of an operational plan or a monitoring file speaks the words of the plan it is about. */
	public PlanVocabulary of(EObject element) {
		return of(element, true);
	}

	/**
	 * As {@link #of(EObject)}, without resolving the reference of an operational plan or monitoring file to its plan:
	 * for a message about an unresolved reference, made while that very reference may be being resolved.
	 */
	public PlanVocabulary ofWithoutResolving(EObject element) {
		return of(element, false);
	}

	private PlanVocabulary of(EObject element, boolean resolve) {
		Plan part = EcoreUtil2.getContainerOfType(element, Plan.class);
		OperationalPlan operational = EcoreUtil2.getContainerOfType(element, OperationalPlan.class);
		MonitoringFile monitoring = EcoreUtil2.getContainerOfType(element, MonitoringFile.class);
		if (operational != null) {
			part = (Plan) operational.eGet(ItupPackage.Literals.OPERATIONAL_PLAN__STRATEGIC_PLAN, resolve);
		} else if (monitoring != null) {
			part = (Plan) monitoring.eGet(ItupPackage.Literals.MONITORING_FILE__PLAN, resolve);
		}
		if (part == null || part.eIsProxy()) {
			return PlanVocabulary.DEFAULT;
		}
		Plan planPart = part;
		Map<Object, Object> facts = wholePlans.factsWhileUnchanged(planPart);
		if (facts == null) {
			return compute(planPart);
		}
		return (PlanVocabulary) facts.computeIfAbsent(PlanWords.class, key -> compute(planPart));
	}

	private PlanVocabulary compute(Plan part) {
		StrategicPlan plan = wholePlans.of(part, null);
		return plan == null ? PlanVocabulary.of(List.of(part)) : plan.vocabulary();
	}
}
