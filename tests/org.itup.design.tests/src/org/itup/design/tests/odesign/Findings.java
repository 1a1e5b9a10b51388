package org.itup.design.tests.odesign;

import java.util.ArrayList;
import java.util.LinkedList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * What the static check found, each finding naming where it is in the specification as a path of element names
 * (viewpoint / representation / layer / mapping) and the feature concerned.
 */
public final class Findings {

	private final List<String> messages = new ArrayList<>();

	public void add(String message) {
		messages.add(message);
	}

	public void add(EObject element, EStructuralFeature feature, String message) {
		messages.add(pathOf(element) + " [" + feature.getName() + "]: " + message);
	}

	public List<String> messages() {
		return List.copyOf(messages);
	}

	public static String pathOf(EObject element) {
		LinkedList<String> names = new LinkedList<>();
		for (EObject current = element; current != null; current = current.eContainer()) {
			EStructuralFeature name = current.eClass().getEStructuralFeature("name");
			Object value = name == null ? null : current.eGet(name);
			names.addFirst(value instanceof String text && !text.isEmpty() ? text
					: current.eClass().getName());
		}
		return String.join(" / ", names);
	}
}
