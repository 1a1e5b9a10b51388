package org.itup.ide.apicheck;

import org.junit.jupiter.api.Test;

/**
 * The Sirius viewpoint (bundles/org.itup.design) against Sirius, EMF Transaction and the editor bundle, and its
 * specification against the classes and metamodels it names.
 */
class ViewpointBundleApiTest extends EclipseOnlyBundleTest {

	@Override
	String bundleName() {
		return "org.itup.design";
	}

	@Test
	void specificationNamesServicesMetamodelsAndActionsThatExist() {
		assertNoProblems("has a viewpoint specification that names what does not exist",
				OdesignCheck.problemsOf(compilation(), EclipseOnlyBundles.knownPackageUris()));
	}
}
