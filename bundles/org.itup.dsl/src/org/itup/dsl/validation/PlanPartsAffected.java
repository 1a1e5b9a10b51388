package org.itup.dsl.validation;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.impl.DefaultResourceDescriptionManager;
import org.itup.model.ItupPackage;

/**
 * Tells an editor's builder which files to check again after a change: besides the files that use a name the
 * change touched (Xtext's rule), every other part of a plan the changed file belongs to (or belonged to before the
 * change). Whole-plan rules report in one file what they find in another (a goal in the main file without a primary
 * objective in any sector file), so a sector file edited without touching any name must still re-check the main
 * file, or the editor keeps showing findings of the old text.
 */
public class PlanPartsAffected extends DefaultResourceDescriptionManager {

	@Override
	public boolean isAffected(Collection<IResourceDescription.Delta> deltas, IResourceDescription candidate,
			IResourceDescriptions context) {
		return sharesAPlanWithAChange(deltas, candidate) || super.isAffected(deltas, candidate, context);
	}

	private static boolean sharesAPlanWithAChange(Collection<IResourceDescription.Delta> deltas,
			IResourceDescription candidate) {
		Set<QualifiedName> plans = planNames(candidate);
		if (plans.isEmpty()) {
			return false;
		}
		for (IResourceDescription.Delta delta : deltas) {
			if (!delta.getUri().equals(candidate.getURI())
					&& (namesAny(delta.getOld(), plans) || namesAny(delta.getNew(), plans))) {
				return true;
			}
		}
		return false;
	}

	private static boolean namesAny(IResourceDescription changed, Set<QualifiedName> plans) {
		return changed != null && planNames(changed).stream().anyMatch(plans::contains);
	}

	private static Set<QualifiedName> planNames(IResourceDescription description) {
		Set<QualifiedName> names = new HashSet<>();
		for (IEObjectDescription plan : description.getExportedObjectsByType(ItupPackage.Literals.PLAN)) {
			names.add(plan.getQualifiedName());
		}
		return names;
	}
}
