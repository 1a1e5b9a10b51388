package org.itup.ide.apicheck;

/** The Eclipse editor (bundles/org.itup.dsl.ui) against Xtext UI, EMF UI and the Eclipse Platform. */
class EditorBundleApiTest extends EclipseOnlyBundleTest {

	@Override
	String bundleName() {
		return "org.itup.dsl.ui";
	}
}
