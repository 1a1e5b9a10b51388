package org.itup.design.tests.odesign;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;

/**
 * Loads a viewpoint specification as Sirius would, strictly: unknown elements, attributes, types and enum literals
 * are errors, every cross-reference must resolve, and the EMF constraints of Sirius's metamodels must hold.
 */
final class OdesignLoad {

	private OdesignLoad() {
	}

	/** The loaded specification, or null when it could not be read at all (the findings say why). */
	static Resource load(ResourceSet resourceSet, Path odesign, Findings findings) {
		Resource resource = resourceSet.createResource(SiriusMetamodels.fileUri(odesign));
		try {
			resource.load(Map.of(XMLResource.OPTION_RECORD_UNKNOWN_FEATURE, Boolean.FALSE));
		} catch (IOException | RuntimeException e) {
			if (resource.getErrors().isEmpty()) {
				findings.add("cannot load " + odesign + ": " + e.getMessage());
			}
		}
		resource.getErrors().forEach(error -> findings.add("load error: " + error.getMessage()));
		resource.getWarnings().forEach(warning -> findings.add("load warning: " + warning.getMessage()));
		if (resource.getContents().isEmpty()) {
			return null;
		}
		resolveEveryReference(resource, findings);
		diagnose(resource, findings);
		return resource;
	}

	/**
	 * Resolves each reference of the specification on its own, so that one that points nowhere, or to an element of
	 * the wrong type (which EMF refuses with an exception), is reported with its place instead of stopping the check.
	 */
	private static void resolveEveryReference(Resource resource, Findings findings) {
		for (EObject element : (Iterable<EObject>) resource::getAllContents) {
			for (EReference reference : element.eClass().getEAllReferences()) {
				if (!reference.isContainment() && !reference.isContainer() && !reference.isDerived()
						&& element.eIsSet(reference)) {
					resolve(element, reference, findings);
				}
			}
		}
	}

	private static void resolve(EObject element, EReference reference, Findings findings) {
		try {
			Object value = element.eGet(reference, true);
			for (Object target : reference.isMany() ? (List<?>) value : List.of(value)) {
				if (((EObject) target).eIsProxy()) {
					findings.add(element, reference, "dangling reference " + EcoreUtil.getURI((EObject) target));
				}
			}
		} catch (ClassCastException e) {
			findings.add(element, reference, "points to an element of the wrong type, not a "
					+ reference.getEReferenceType().getName());
		}
	}

	private static void diagnose(Resource resource, Findings findings) {
		Diagnostician diagnostician = new Diagnostician(new LenientValidatorRegistry()) {
			@Override
			public String getObjectLabel(EObject eObject) {
				return Findings.pathOf(eObject);
			}
		};
		for (EObject root : resource.getContents()) {
			Diagnostic diagnostic = diagnostician.validate(root);
			if (diagnostic.getSeverity() >= Diagnostic.WARNING) {
				diagnostic.getChildren().forEach(child -> findings.add("constraint: " + child.getMessage()
						+ (child.getException() == null ? "" : " (" + child.getException() + ")")));
			}
		}
	}
}
