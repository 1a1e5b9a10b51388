package org.itup.ide.apicheck;

import org.junit.jupiter.api.Test;

/**
 * The Eclipse editor (bundles/org.itup.dsl.ui) against Xtext UI, EMF UI and the Eclipse Platform, and faults planted
 * in copies of its plugin.xml and manifest, which the checks must report.
 */
class EditorBundleApiTest extends EclipseOnlyBundleTest {

	@Override
	String bundleName() {
		return "org.itup.dsl.ui";
	}

	@Test
	void reportsAnUnknownExtensionPoint() {
		assertReported(pluginXmlProblemsWith("point=\"org.eclipse.ui.keywords\"", "point=\"org.eclipse.ui.keywordz\""),
				"extension point org.eclipse.ui.keywordz is declared by no bundle");
	}

	@Test
	void reportsAClassThatDoesNotExistBehindTheFactory() {
		assertReported(pluginXmlProblemsWith("editor.handler.ValidateActionHandler\"",
				"editor.handler.ValidateActionHandlr\""), "ValidateActionHandlr\" names a class that does not exist");
	}

	@Test
	void reportsAClassOfTheWrongType() {
		assertReported(pluginXmlProblemsWith("editors.text.TextEditorActionContributor\"", "editors.text.TextEditor\""),
				"TextEditor does not extend or implement org.eclipse.ui.IEditorActionBarContributor");
	}

	@Test
	void reportsADroppedRequiredBundleWhereItsPackagesAreUsed() {
		assertReported(problemsWithout("org.itup.dsl.ide"), "uses package org.itup.dsl.ide.labels");
	}
}
