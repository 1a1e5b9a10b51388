package org.itup.design.tests.odesign;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;

/**
 * Every {@code service:} expression resolves to a service of a Java extension its viewpoint declares. The syntax is
 * Sirius's: {@code service:name}, {@code service:name(var1, var2)} or {@code service:receiver.name(...)}, where the
 * arguments are variable names and the receiver (self unless named) is the first parameter.
 */
final class ServiceCallCheck {

	private static final Pattern CALL = Pattern
			.compile("(?:([A-Za-z_]\\w*)\\.)?([A-Za-z_]\\w*)(?:\\(\\s*((?:[A-Za-z_]\\w*(?:\\s*,\\s*[A-Za-z_]\\w*)*)?)\\s*\\))?");

	private final JavaExtensions extensions;

	ServiceCallCheck(JavaExtensions extensions) {
		this.extensions = extensions;
	}

	void check(EObject element, EAttribute attribute, String call, Findings findings) {
		Matcher matcher = CALL.matcher(call);
		if (!matcher.matches()) {
			findings.add(element, attribute, "'service:" + call + "' is not a service call "
					+ "(service:name, service:name(variable, ...) or service:receiver.name(...))");
			return;
		}
		String name = matcher.group(2);
		List<String> arguments = matcher.group(3) == null || matcher.group(3).isBlank() ? List.of()
				: Arrays.stream(matcher.group(3).split(",")).map(String::strip).toList();
		if (extensions.find(name, arguments.size() + 1).isEmpty()) {
			findings.add(element, attribute, "service:" + call + " calls no public method " + name + " with "
					+ (arguments.size() + 1) + " parameter(s), the first an EObject, in the declared Java extensions "
					+ extensions.classNames() + "; their services are " + extensions.serviceNames());
		}
	}
}
