package org.itup.design.tests.odesign;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

/**
 * Every reference of the specification points to an element of the type its feature declares (a double-click tool
 * where a tool is expected, a column mapping where a column is expected), and a mapping or tool referenced from a
 * representation belongs to that same representation.
 */
final class ReferenceTypeCheck {

	void check(EObject element, Findings findings) {
		for (EReference reference : element.eClass().getEAllReferences()) {
			if (reference.isContainment() || reference.isContainer() || reference.isTransient()
					|| !element.eIsSet(reference)) {
				continue;
			}
			for (Object value : values(element, reference)) {
				if (!reference.getEReferenceType().isInstance(value)) {
					findings.add(element, reference, "points to a " + ((EObject) value).eClass().getName()
							+ " where a " + reference.getEReferenceType().getName() + " is expected");
				} else if (isMappingOrTool((EObject) value) && !sameRepresentation(element, (EObject) value)) {
					findings.add(element, reference, "points to '" + Findings.pathOf((EObject) value)
							+ "', which belongs to another representation");
				}
			}
		}
	}

	private static List<?> values(EObject element, EReference reference) {
		Object value = element.eGet(reference, false);
		return reference.isMany() ? (List<?>) value : List.of(value);
	}

	private static boolean isMappingOrTool(EObject value) {
		return value.eClass().getEAllSuperTypes().stream().anyMatch(type -> type.getName()
				.equals("RepresentationElementMapping") || type.getName().equals("AbstractToolDescription"));
	}

	private static boolean sameRepresentation(EObject element, EObject value) {
		return representationOf(element) == representationOf(value);
	}

	private static EObject representationOf(EObject element) {
		for (EObject current = element; current != null; current = current.eContainer()) {
			if (current.eClass().getEAllSuperTypes().stream()
					.anyMatch(type -> type.getName().equals("RepresentationDescription"))) {
				return current;
			}
		}
		return null;
	}
}
