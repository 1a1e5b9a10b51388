package org.itup.dsl.validation;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.validation.Check;
import org.itup.analysis.StrategicPlan;
import org.itup.model.Import;
import org.itup.model.ItupPackage;
import org.itup.model.Plan;

/**
 * Imports make another plan's elements visible. An import that is never used only misleads the reader; plans that
 * import each other have no order in which they can be read (an unresolved import is a linking error already).
 */
public class ImportValidator extends PlanRules {

	@Check
	public void checkImportIsNotCyclic(Import planImport) {
		Plan imported = planImport.getPlan();
		Plan importing = EcoreUtil2.getContainerOfType(planImport, Plan.class);
		if (imported == null || imported.eIsProxy() || importing == null || importing.getName() == null) {
			return;
		}
		if (reaches(imported, importing.getName())) {
			finding("The plan '" + importing.getName() + "' imports '" + imported.getName()
					+ "', which imports it back (directly or through other plans): remove one of the imports.",
					ItupPackage.Literals.IMPORT__PLAN, IssueCodes.CYCLIC_IMPORT);
		}
	}

	/** Whether the plan named {@code name} is among the plans {@code start} imports, directly or not. */
	private boolean reaches(Plan start, String name) {
		Set<String> visited = new HashSet<>();
		Deque<Plan> pending = new ArrayDeque<>();
		pending.add(start);
		while (!pending.isEmpty()) {
			Plan plan = pending.pop();
			if (Objects.equals(plan.getName(), name)) {
				return true;
			}
			StrategicPlan whole = plan.getName() != null && visited.add(plan.getName()) ? wholePlanOf(plan) : null;
			if (whole != null) {
				whole.parts().stream().flatMap(part -> part.getImports().stream()).map(Import::getPlan)
						.filter(next -> next != null && !next.eIsProxy()).forEach(pending::add);
			}
		}
		return false;
	}

	@Check
	public void checkImportIsUsed(Import planImport) {
		Plan imported = planImport.getPlan();
		Plan importing = EcoreUtil2.getContainerOfType(planImport, Plan.class);
		if (imported == null || imported.eIsProxy() || imported.getName() == null || importing == null
				|| imported.getName().equals(importing.getName())) {
			return;
		}
		if (!refersTo(importing, imported.getName())) {
			finding("Nothing in this file refers to the plan '" + imported.getName() + "': remove the import.",
					ItupPackage.Literals.IMPORT__PLAN, IssueCodes.UNUSED_IMPORT);
		}
	}

	private static boolean refersTo(Plan importing, String planName) {
		for (EObject element : (Iterable<EObject>) importing::eAllContents) {
			if (element instanceof Import) {
				continue;
			}
			for (EObject target : element.eCrossReferences()) {
				Plan owner = target.eIsProxy() ? null : EcoreUtil2.getContainerOfType(target, Plan.class);
				if (owner != null && planName.equals(owner.getName())) {
					return true;
				}
			}
		}
		return false;
	}
}
