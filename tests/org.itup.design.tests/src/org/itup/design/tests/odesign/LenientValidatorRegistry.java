package org.itup.design.tests.odesign;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.util.EObjectValidator;

/**
 * Validates every package with EMF's own constraints, except the lower bounds of transient and derived features:
 * Sirius computes those at run time (e.g. a group's system colour palette), so a saved specification never holds them.
 */
final class LenientValidatorRegistry extends HashMap<EPackage, Object> implements EValidator.Registry {

	private static final long serialVersionUID = 1L;

	private static final EValidator LENIENT = new EObjectValidator() {
		@Override
		protected boolean validate_MultiplicityConforms(EObject eObject, EStructuralFeature feature,
				DiagnosticChain diagnostics, Map<Object, Object> context) {
			if (feature.isTransient() || feature.isDerived()) {
				return true;
			}
			return super.validate_MultiplicityConforms(eObject, feature, diagnostics, context);
		}
	};

	@Override
	public EValidator getEValidator(EPackage ePackage) {
		return LENIENT;
	}

	@Override
	public Object get(Object ePackage) {
		return LENIENT;
	}
}
