package org.itup.design.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.TestInstance;

/**
 * The viewpoint offers what the plan's readers need: the three representations, the results chain's layers and
 * filters, its ELK layout, and navigation to the text from every kind of node.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(NeedsSiriusMetamodels.class)
class ViewpointContentTest {

	private EObject viewpoint;

	@BeforeAll
	void loadViewpoint() {
		Resource resource = DesignTestPaths.siriusMetamodels().newResourceSet()
				.getResource(URI.createFileURI(DesignTestPaths.odesign().toString()), true);
		viewpoint = (EObject) list(resource.getContents().get(0), "ownedViewpoints").get(0);
	}

	@Test
	void forItupFilesWithThreeRepresentations() {
		assertEquals("itup", viewpoint.eGet(viewpoint.eClass().getEStructuralFeature("modelFileExtension")));
		assertEquals(List.of("Results chain", "Linkage matrix", "Goal tree"), names(list(viewpoint,
				"ownedRepresentations")));
	}

	@Test
	void resultsChainHasItsLayersFiltersAndLayout() {
		EObject diagram = list(viewpoint, "ownedRepresentations").get(0);
		assertEquals(List.of("Secondary links", "Outcomes and outputs", "Enablers", "Risks"),
				names(list(diagram, "additionalLayers")));
		assertEquals(List.of("Chosen sectors only", "Hide sectors", "Hide inter-sectoral work", "Hide secretariat"),
				names(list(diagram, "filters")));
		EObject layout = (EObject) get(diagram, "layout");
		assertEquals("org.eclipse.elk.layered", get(layout, "id"));
	}

	@Test
	void everyNodeOpensItsText() {
		EObject diagram = list(viewpoint, "ownedRepresentations").get(0);
		List<String> nodes = new ArrayList<>();
		diagram.eAllContents().forEachRemaining(element -> {
			if (element.eClass().getName().equals("NodeMapping")
					|| element.eClass().getName().equals("ContainerMapping")) {
				EObject doubleClick = (EObject) get(element, "doubleClickDescription");
				nodes.add(get(element, "name") + " -> " + (doubleClick == null ? null : get(doubleClick, "name")));
			}
		});
		assertEquals(List.of("Objective -> Open in text editor", "Goal -> Open in text editor",
				"Target -> Open in text editor", "Outcome -> Open in text editor", "Output -> Open in text editor",
				"Enabler -> Open in text editor", "Risk -> Open in text editor"), nodes);
	}

	private static Object get(EObject element, String feature) {
		return element.eGet(element.eClass().getEStructuralFeature(feature));
	}

	@SuppressWarnings("unchecked")
	private static List<EObject> list(EObject element, String feature) {
		return (List<EObject>) get(element, feature);
	}

	private static List<Object> names(List<EObject> elements) {
		return elements.stream().map(element -> get(element, "name")).toList();
	}
}
