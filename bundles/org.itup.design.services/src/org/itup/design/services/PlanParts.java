package org.itup.design.services;

import java.util.List;
import java.util.Objects;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.itup.analysis.StrategicPlan;
import org.itup.model.Plan;

/**
 * Finds the whole plan an element belongs to. A diagram is opened on one file of a plan, but a plan's goals and its
 * sectors usually live in different files: every file of the same plan that the editing session has loaded counts.
 */
final class PlanParts {

	private PlanParts() {
	}

	static StrategicPlan planOf(EObject element) {
		if (!(EcoreUtil.getRootContainer(element) instanceof Plan root)) {
			throw new IllegalArgumentException("not an element of an itup plan: " + element);
		}
		List<Plan> parts = loadedPlans(root);
		return StrategicPlan.of(parts).stream().filter(plan -> plan.parts().contains(root)).findFirst()
				.orElseThrow();
	}

	private static List<Plan> loadedPlans(Plan root) {
		Resource resource = root.eResource();
		if (resource == null || resource.getResourceSet() == null) {
			return List.of(root);
		}
		return resource.getResourceSet().getResources().stream()
				.flatMap(loaded -> loaded.getContents().stream())
				.filter(Plan.class::isInstance).map(Plan.class::cast)
				.filter(part -> Objects.equals(part.getName(), root.getName()))
				.toList();
	}
}
