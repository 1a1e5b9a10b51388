package org.itup.dsl.validation;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IContainer;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsProvider;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;
import org.eclipse.xtext.validation.EValidatorRegistrar;
import org.itup.analysis.vocabulary.PlanVocabulary;
import org.itup.dsl.vocabulary.PlanWords;
import org.itup.model.ItupPackage;
import org.itup.model.PlanElement;

import com.google.inject.Inject;

/**
 * Codes identify goals, targets, objectives, outcomes, outputs, enablers and risks within a plan, across all of the
 * plan's files: a second element of the same kind with the same code is an error on both.
 * It looks codes up in the index of every file, which the Eclipse editor brings up to date when files are saved, so
 * it is a NORMAL check there (the command line and the language server run every check).
 */
public class UniqueCodeValidator extends AbstractDeclarativeValidator {

	@Inject
	private PlanWords planWords;

	@Inject
	private IQualifiedNameProvider names;

	@Inject
	private ResourceDescriptionsProvider indexProvider;

	@Inject
	private IContainer.Manager containers;

	@Override
	protected List<EPackage> getEPackages() {
		return List.of(ItupPackage.eINSTANCE);
	}

	@Override
	public void register(EValidatorRegistrar registrar) {
		// registered through the composing ItupValidator
	}

	@Check(CheckType.NORMAL)
	public void checkCodeIsUniqueInPlan(PlanElement element) {
		QualifiedName name = names.getFullyQualifiedName(element);
		if (name == null || element.eResource() == null) {
			return;
		}
		for (IEObjectDescription other : sameCodeAndKind(element, name)) {
			if (!isElement(other, element)) {
				addIssue(duplicateMessage(element, other, planWords.of(element)), getCurrentObject(),
						ItupPackage.Literals.PLAN_ELEMENT__NAME, IssueCodes.DUPLICATE_CODE, element.getName());
				return;
			}
		}
	}

	/** By identity when the index holds the element itself, as a frozen load's does; else by URI. */
	private static boolean isElement(IEObjectDescription description, EObject element) {
		return description.getEObjectOrProxy() == element
				|| description.getEObjectURI().equals(EcoreUtil.getURI(element));
	}

	private List<IEObjectDescription> sameCodeAndKind(EObject element, QualifiedName name) {
		Optional<Map<Object, Object>> frozen = FrozenPlans.factsOf(element);
		if (frozen.isPresent()) {
			// the loader's files all see one another, so one table of codes serves every file of the load
			return ((CodeUses) frozen.get().computeIfAbsent(CodeUses.class,
					key -> CodeUses.of(visibleContainers(element)))).of(CodeUses.kindOf(element.eClass()), name);
		}
		EClass kind = CodeUses.kindOf(element.eClass());
		return visibleContainers(element).stream()
				.flatMap(container -> stream(container.getExportedObjects(kind, name, false)))
				.filter(description -> CodeUses.kindOf(description.getEClass()) == kind)
				.toList();
	}

	private List<IContainer> visibleContainers(EObject element) {
		IResourceDescriptions index = indexProvider.getResourceDescriptions(element.eResource());
		IResourceDescription own = index.getResourceDescription(element.eResource().getURI());
		return own == null ? List.of() : containers.getVisibleContainers(own, index);
	}

	private static <T> java.util.stream.Stream<T> stream(Iterable<T> items) {
		return java.util.stream.StreamSupport.stream(items.spliterator(), false);
	}

	private static String duplicateMessage(PlanElement element, IEObjectDescription otherElement,
			PlanVocabulary words) {
		String kind = PlanElementKinds.label(element.eClass(), words);
		URI other = otherElement.getEObjectURI();
		String where = other.trimFragment().equals(element.eResource().getURI()) ? "in this file"
				: "in " + other.trimFragment().lastSegment();
		if (otherElement.getEClass() != element.eClass()) {
			return "The code '" + element.getName() + "' of this " + kind + " is also the code of a "
					+ PlanElementKinds.label(otherElement.getEClass(), words) + " (" + where
					+ "): measurements name targets and indicators by code, so give each its own code.";
		}
		return "The " + kind + " code '" + element.getName() + "' is used twice in this plan (again " + where
				+ "): give each " + kind + " its own code.";
	}
}
