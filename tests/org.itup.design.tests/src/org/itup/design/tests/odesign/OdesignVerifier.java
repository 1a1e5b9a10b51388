package org.itup.design.tests.odesign;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * Checks a Sirius viewpoint specification without Sirius: what Sirius's loader would refuse (see {@link OdesignLoad})
 * and what only shows when a diagram is opened: domain classes that are not classes of the plan metamodel,
 * references to elements of the wrong type, services that do not exist, expressions in languages nobody here reads.
 */
public final class OdesignVerifier {

	private final SiriusMetamodels metamodels;
	private final EPackage planMetamodel;

	public OdesignVerifier(SiriusMetamodels metamodels, EPackage planMetamodel) {
		this.metamodels = metamodels;
		this.planMetamodel = planMetamodel;
	}

	/** Every problem found, one message each; an empty list means the specification passed every check. */
	public List<String> verify(Path odesign) {
		Findings findings = new Findings();
		Resource resource = OdesignLoad.load(metamodels.newResourceSet(), odesign, findings);
		if (resource != null) {
			resource.getAllContents().forEachRemaining(element -> {
				if (element.eClass().getName().equals("Viewpoint")) {
					checkViewpoint(element, findings);
				}
			});
		}
		return findings.messages();
	}

	private void checkViewpoint(EObject viewpoint, Findings findings) {
		TypeNameCheck typeNames = new TypeNameCheck(planMetamodel);
		ReferenceTypeCheck references = new ReferenceTypeCheck();
		ExpressionCheck expressions = new ExpressionCheck(planMetamodel,
				new ServiceCallCheck(JavaExtensions.of(viewpoint, findings)));
		viewpoint.eAllContents().forEachRemaining(element -> {
			typeNames.check(element, findings);
			references.check(element, findings);
			expressions.check(element, findings);
		});
	}
}
