package org.itup.dsl.validation;

import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;
import org.eclipse.xtext.validation.ResourceValidatorImpl;

/**
 * Validates a plan file as Xtext does, then caps what one rule reports in it ({@link FindingCap}). Bound in the
 * runtime module, so {@code itup check}, the Maven plugin and the language server all list the same findings.
 */
public class PlanResourceValidator extends ResourceValidatorImpl {

	@Override
	public List<Issue> validate(Resource resource, CheckMode mode, CancelIndicator cancel) {
		return FindingCap.apply(super.validate(resource, mode, cancel));
	}

	/**
	 * Xtext resolves every reference of the file again before validating it; a frozen load has already resolved every
	 * reference of every file (the plan loader links them all first), so that pass would find nothing to do, at
	 * about a tenth of the time of validating a linked plan.
	 */
	@Override
	protected void resolveProxies(Resource resource, CancelIndicator monitor) {
		if (resource.getResourceSet() == null || !FrozenPlans.isFrozen(resource.getResourceSet())) {
			super.resolveProxies(resource, monitor);
		}
	}
}
