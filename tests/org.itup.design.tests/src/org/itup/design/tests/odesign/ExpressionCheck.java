package org.itup.design.tests.odesign;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

/**
 * Every interpreted expression of the specification is one this check can read: a {@code service:} call (resolved by
 * {@link ServiceCallCheck}), a {@code feature:} of the plan metamodel, a {@code var:} or a constant. Expressions in
 * other languages (aql:, ocl:, Acceleo's [...]) cannot be checked without their interpreter, so they are refused.
 */
final class ExpressionCheck {

	private static final Pattern PREFIX = Pattern.compile("^\\s*([A-Za-z][A-Za-z0-9]*):");
	private static final Set<String> SIRIUS_FEATURES = Set.of("eContainer", "eContents", "eAllContents", "eClass",
			"eCrossReferences");

	private final EPackage metamodel;
	private final ServiceCallCheck services;

	ExpressionCheck(EPackage metamodel, ServiceCallCheck services) {
		this.metamodel = metamodel;
		this.services = services;
	}

	void check(EObject element, Findings findings) {
		for (EAttribute attribute : element.eClass().getEAllAttributes()) {
			if ("InterpretedExpression".equals(attribute.getEAttributeType().getName()) && element.eIsSet(attribute)) {
				String expression = (String) element.eGet(attribute);
				if (!expression.isBlank()) {
					checkExpression(element, attribute, expression, findings);
				}
			}
		}
	}

	private void checkExpression(EObject element, EAttribute attribute, String expression, Findings findings) {
		Matcher prefix = PREFIX.matcher(expression);
		String interpreter = prefix.find() ? prefix.group(1) : "";
		String body = interpreter.isEmpty() ? expression : expression.substring(prefix.end()).strip();
		switch (interpreter) {
		case "service" -> services.check(element, attribute, body, findings);
		case "feature" -> checkFeature(element, attribute, body, findings);
		case "var" -> checkVariable(element, attribute, body, findings);
		case "" -> checkConstant(element, attribute, expression, findings);
		default -> findings.add(element, attribute, "'" + expression + "' uses the " + interpreter
				+ ": interpreter, which this check cannot read; call a service: instead");
		}
	}

	private void checkFeature(EObject element, EAttribute attribute, String name, Findings findings) {
		boolean known = SIRIUS_FEATURES.contains(name) || metamodel.getEClassifiers().stream()
				.filter(EClass.class::isInstance).map(EClass.class::cast)
				.anyMatch(type -> type.getEStructuralFeature(name) != null);
		if (!known) {
			findings.add(element, attribute, "feature:" + name + " is not a feature of any class of the "
					+ metamodel.getName() + " metamodel");
		}
	}

	private static void checkVariable(EObject element, EAttribute attribute, String name, Findings findings) {
		if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
			findings.add(element, attribute, "var:" + name + " is not a variable name");
		}
	}

	/** Acceleo 3 expressions are written [ ... /] without a prefix; anything else without a prefix is a constant. */
	private static void checkConstant(EObject element, EAttribute attribute, String expression, Findings findings) {
		if (List.of("[", "<%").stream().anyMatch(expression.strip()::startsWith)) {
			findings.add(element, attribute, "'" + expression
					+ "' is an Acceleo expression, which this check cannot read; call a service: instead");
		}
	}
}
