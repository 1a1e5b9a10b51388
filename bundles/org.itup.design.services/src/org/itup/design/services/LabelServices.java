package org.itup.design.services;

import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.itup.model.Plan;
import org.itup.model.PlanElement;

/**
 * Sirius services: what a node, tree item or matrix header says. An element is shown by its code and its title, or,
 * for elements without a title (targets, outcomes, outputs), by the start of its statement, as reviewers quote them.
 * A plan, whichever of its files a representation is opened on, is shown by the title of the whole plan.
 */
public class LabelServices {

	/** Statements longer than this are cut in labels; the tooltip has them whole. */
	static final int LABEL_TEXT_LENGTH = 60;

	public String label(EObject element) {
		if (element instanceof Plan part) {
			Plan header = PlanParts.planOf(part).header();
			// a plan line broken off while typing has neither yet; the diagram still draws
			return Objects.requireNonNullElse(header.getTitle(), Objects.toString(header.getName(), ""));
		}
		String text = shortened(text(element, "title") != null ? text(element, "title") : text(element, "statement"));
		String code = element instanceof PlanElement coded ? coded.getName() : null;
		return Stream.of(code, text).filter(Objects::nonNull).collect(Collectors.joining(" "));
	}

	/** The element's full statement, or its title when it has no statement. */
	public String tooltip(EObject element) {
		String statement = text(element, "statement");
		return statement != null ? statement : Objects.requireNonNullElse(text(element, "title"), "");
	}

	/** Reads a text attribute by name, since titles and statements are declared on several unrelated classes. */
	private static String text(EObject element, String attribute) {
		EStructuralFeature feature = element.eClass().getEStructuralFeature(attribute);
		return feature == null ? null : (String) element.eGet(feature);
	}

	private static String shortened(String text) {
		if (text == null || text.length() <= LABEL_TEXT_LENGTH) {
			return text;
		}
		return text.substring(0, LABEL_TEXT_LENGTH - 1).stripTrailing() + "\u2026";
	}
}
