package org.itup.ide.apicheck;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The Sirius viewpoint (bundles/org.itup.design) against Sirius, EMF Transaction and the editor bundle, and its
 * specification against the classes and metamodels it names; faults planted in copies must be reported.
 */
class ViewpointBundleApiTest extends EclipseOnlyBundleTest {

	@Override
	String bundleName() {
		return "org.itup.design";
	}

	@Test
	void reportsAnUnknownExtensionPointAndAClassOfTheWrongType() {
		String component = "point=\"org.eclipse.sirius.componentization\"";
		assertReported(pluginXmlProblemsWith(component, "point=\"org.eclipse.sirius.componentisation\""),
				"extension point org.eclipse.sirius.componentisation is declared by no bundle");
		assertReported(pluginXmlProblemsWith("actionClass=\"org.itup.design.OpenInTextEditor\"",
				"actionClass=\"org.itup.design.Activator\""),
				"Activator does not extend or implement org.eclipse.sirius.tools.api.ui.IExternalJavaAction");
	}

	@Test
	void reportsADroppedRequiredBundleWhereItsPackagesAreUsed() {
		assertReported(problemsWithout("org.eclipse.xtext.ui"), "uses package org.eclipse.xtext.ui.editor");
	}

	@Test
	void reportsAMissingServiceAnUnknownMetamodelAndAnUndeclaredAction() {
		String odesign = compilation().bundle().text("description/itup.odesign").orElseThrow();
		String planted = planted(planted(planted(odesign, "services.ProblemServices\"", "services.ProblemServicez\""),
				"id=\"org.itup.design.openInTextEditor\"", "id=\"org.itup.design.openInTextEditorX\""),
				"href=\"http://www.itup.org/plan/1.0#/\"", "href=\"http://www.itup.org/plan/9.9#/\"");
		List<String> problems = OdesignCheck.problemsIn(planted, Path.of("itup.odesign"), compilation(),
				EclipseOnlyBundles.knownPackageUris());
		assertReported(problems, "Java extension org.itup.design.services.ProblemServicez does not exist");
		assertReported(problems, "http://www.itup.org/plan/9.9 is the URI of no known metamodel");
		assertReported(problems, "external Java action org.itup.design.openInTextEditorX is not declared");
	}

	@Test
	void specificationNamesServicesMetamodelsAndActionsThatExist() {
		assertNoProblems("has a viewpoint specification that names what does not exist",
				OdesignCheck.problemsOf(compilation(), EclipseOnlyBundles.knownPackageUris()));
	}
}
