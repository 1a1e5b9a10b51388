package org.itup.dsl.validation;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.EValidatorRegistrar;
import org.itup.analysis.StrategicPlan;
import org.itup.analysis.vocabulary.PlanVocabulary;
import org.itup.model.ItupPackage;
import org.itup.model.Plan;

import com.google.inject.Inject;

/**
 * Base of the validators that {@link ItupValidator} composes: they check the plan metamodel and are registered
 * through the composing validator only, so every rule runs once.
 */
public abstract class PlanRules extends AbstractDeclarativeValidator {

	@Inject
	private WholePlans wholePlans;

	@Override
	protected List<EPackage> getEPackages() {
		return List.of(ItupPackage.eINSTANCE);
	}

	@Override
	public void register(EValidatorRegistrar registrar) {
		// registered through the composing ItupValidator
	}

	/**
	 * Unlike Xtext's default, a NullPointerException in a rule is not dropped silently: it becomes a validation
	 * error like any other failure, so a rule that does not tolerate a half-typed model is noticed (the fuzz test
	 * looks for exactly that) instead of quietly checking nothing.
	 */
	@Override
	protected void handleExceptionDuringValidation(Throwable failure) {
		if (failure instanceof NullPointerException nullPointer) {
			throw nullPointer;
		}
		super.handleExceptionDuringValidation(failure);
	}

	/**
	 * Reports a finding of the rule {@code code} on the element being checked, with the severity the plan folder's
	 * rule settings give it, or its default from {@link PlanIssueCodes}; nothing when the settings silence it.
	 */
	protected void finding(String message, EStructuralFeature feature, String code, String... data) {
		addIssue(message, getCurrentObject(), feature, code, data);
	}

	/** As {@link #finding(String, EStructuralFeature, String, String...)}, on one value of a many-valued feature. */
	protected void finding(String message, EStructuralFeature feature, int index, String code, String... data) {
		addIssue(message, getCurrentObject(), feature, index, code, data);
	}

	/** As {@link #finding(String, EStructuralFeature, String, String...)}, on another element than the one checked. */
	protected void finding(String message, EObject owner, EStructuralFeature feature, int index, String code,
			String... data) {
		addIssue(message, owner, feature, index, code, data);
	}

	/** The plan the element belongs to, with all its parts, shared by the rules of one validation run. */
	protected StrategicPlan wholePlanOf(EObject element) {
		return wholePlans.of(element, facts(element));
	}

	/** What the element's plan calls its levels, for messages that name a level in the plan's own words. */
	protected PlanVocabulary wordsOf(EObject element) {
		PlanVocabulary words = planFact(element, PlanVocabulary.class, StrategicPlan::vocabulary);
		return words == null ? PlanVocabulary.DEFAULT : words;
	}

	/** As {@link #finding(String, EStructuralFeature, String, String...)}, on a region of the element's text. */
	protected void findingAt(String message, EObject owner, int offset, int length, String code, String... data) {
		addIssue(message, owner, offset, length, code, data);
	}

	/**
	 * A fact about the element's whole plan (its coverage, the objectives its enablers support, its overlaps), worked
	 * out once per validation run (once per load for {@link FrozenPlans}, once per version of the plan's parts in an
	 * editor) and shared by every element checked: worked
	 * out per element, a plan with thousands of goals or outcomes took time quadratic in its size. Null when the
	 * element belongs to no plan.
	 */
	protected <T> T planFact(EObject element, Class<T> fact, Function<StrategicPlan, T> compute) {
		StrategicPlan plan = wholePlanOf(element);
		if (plan == null) {
			return null;
		}
		Map<Object, Object> facts = facts(element);
		if (facts == null) {
			return compute.apply(plan);
		}
		return fact.cast(facts.computeIfAbsent(new FactKey(plan.name(), fact), key -> compute.apply(plan)));
	}

	/**
	 * Where facts are kept: for all files of a frozen resource set; else, in an editor, for all files of the
	 * element's plan while none of its parts changes ({@link PlanFactsCache}), looked up once per validation run;
	 * else (an element outside any named plan) for this validation run.
	 */
	protected Map<Object, Object> facts(EObject element) {
		Optional<Map<Object, Object>> frozen = FrozenPlans.factsOf(element);
		if (frozen.isPresent()) {
			return frozen.get();
		}
		Map<Object, Object> run = getContext();
		Plan part = EcoreUtil2.getContainerOfType(element, Plan.class);
		if (run == null || part == null || part.getName() == null) {
			return run;
		}
		Object shared = run.computeIfAbsent(new UnchangedPlanKey(part.getName()),
				key -> Optional.ofNullable(wholePlans.factsWhileUnchanged(part)));
		@SuppressWarnings("unchecked")
		Map<Object, Object> planFacts = ((Optional<Map<Object, Object>>) shared).orElse(run);
		return planFacts;
	}

	private record FactKey(String planName, Class<?> fact) {
	}

	private record UnchangedPlanKey(String planName) {
	}
}
