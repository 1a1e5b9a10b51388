package org.itup.ide.apicheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

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

	/**
	 * The editor shows each rule with the severity the plan folder's itup-rules.properties gives it, as the command
	 * line and the language server do: its module binds Xtext's preference values to the provider the runtime
	 * module binds (ConfigurableSeveritiesTest holds that one), overriding the Eclipse preference store of Xtext's UI
	 * module.
	 */
	@Test
	void takesRuleSeveritiesFromThePlanFolderLikeTheCommandLine() {
		String binding = "bindIPreferenceValuesProvider";
		ExecutableElement editor = compilation().method("org.itup.dsl.ui.ItupUiModule", binding).orElseThrow(
				() -> new AssertionError("ItupUiModule does not bind the preference values (" + binding + ")"));
		TypeElement xtextUi = compilation().type("org.eclipse.xtext.ui.DefaultUiModule").orElseThrow();
		assertTrue(compilation().overrides(editor, xtextUi, binding),
				"ItupUiModule." + binding + " does not override Xtext's UI binding");
		String provider = "org.itup.dsl.load.RuleSettingsPreferences";
		assertEquals(provider, compilation().classLiteralReturnedBy(editor).orElse(null), "the editor's binding");
	}
}
