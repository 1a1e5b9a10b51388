package org.itup.design.tests.odesign;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EContentsEList;
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
			findings.add("cannot load " + odesign + ": " + e.getMessage());
		}
		resource.getErrors().forEach(error -> findings.add("load error: " + error.getMessage()));
		resource.getWarnings().forEach(warning -> findings.add("load warning: " + warning.getMessage()));
		if (resource.getContents().isEmpty()) {
			return null;
		}
		EcoreUtil.resolveAll(resourceSet);
		reportUnresolved(resource, findings);
		diagnose(resource, findings);
		return resource;
	}

	private static void reportUnresolved(Resource resource, Findings findings) {
		for (EObject element : (Iterable<EObject>) resource::getAllContents) {
			var references = (EContentsEList.FeatureIterator<EObject>) element.eCrossReferences().iterator();
			while (references.hasNext()) {
				EObject referenced = references.next();
				if (referenced.eIsProxy()) {
					findings.add(element, references.feature(), "dangling reference " + EcoreUtil.getURI(referenced));
				}
			}
		}
	}

	private static void diagnose(Resource resource, Findings findings) {
		Diagnostician diagnostician = new Diagnostician(new LenientValidatorRegistry());
		for (EObject root : resource.getContents()) {
			Diagnostic diagnostic = diagnostician.validate(root);
			if (diagnostic.getSeverity() >= Diagnostic.WARNING) {
				diagnostic.getChildren().forEach(child -> findings.add("constraint: " + child.getMessage()
						+ (child.getException() == null ? "" : " (" + child.getException() + ")")));
			}
		}
	}
}
