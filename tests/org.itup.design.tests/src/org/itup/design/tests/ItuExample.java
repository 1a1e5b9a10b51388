package org.itup.design.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.itup.dsl.load.LoadedPlans;
import org.itup.dsl.load.PlanDiagnostic;
import org.itup.dsl.load.PlanLoader;
import org.itup.model.Plan;
import org.itup.model.PlanElement;

/**
 * The ITU Strategic Plan 2020-2023 loaded once for all service tests, as the Sirius session holds it: every file of
 * the plan in one resource set.
 */
final class ItuExample {

	private static LoadedPlans loaded;

	private ItuExample() {
	}

	static synchronized LoadedPlans loaded() {
		if (loaded == null) {
			loaded = PlanLoader.standalone().load(List.of(DesignTestPaths.ituExample()));
			// infos (near-duplicate outputs of different sectors) are allowed; ExamplePlanTest lists them
			assertEquals("", loaded.diagnostics().stream().filter(d -> d.severity() != PlanDiagnostic.Severity.INFO)
					.map(Object::toString).collect(Collectors.joining("\n")));
		}
		return loaded;
	}

	/** The part of the plan held by one file of the example, e.g. "itu-r.itup". */
	static Plan part(String fileName) {
		return loaded().plans().stream().filter(plan -> plan.eResource().getURI().lastSegment().equals(fileName))
				.findFirst().orElseThrow(() -> new AssertionError("no example file " + fileName));
	}

	/** The element of the plan with this code. */
	static <T extends PlanElement> T element(Class<T> type, String code) {
		return loaded().plans().stream().flatMap(plan -> contents(plan).stream()).filter(type::isInstance)
				.map(type::cast).filter(element -> code.equals(element.getName())).findFirst()
				.orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " " + code));
	}

	private static List<EObject> contents(Plan plan) {
		List<EObject> all = new ArrayList<>();
		plan.eAllContents().forEachRemaining(all::add);
		return all;
	}

	static List<String> codes(List<? extends PlanElement> elements) {
		return elements.stream().map(PlanElement::getName).toList();
	}
}
