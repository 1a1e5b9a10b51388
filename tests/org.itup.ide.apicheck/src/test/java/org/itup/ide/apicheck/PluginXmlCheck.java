package org.itup.ide.apicheck;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.lang.model.element.TypeElement;

/**
 * Checks a bundle's plugin.xml against the APIs: every extension point it extends is declared by a known bundle, and
 * every class it names exists and has the type the extension point expects. A {@code Factory:Class} entry makes
 * Eclipse ask the factory for the class, so there the factory must be an {@code IExecutableExtensionFactory} and the
 * class after the colon must have the expected type.
 */
final class PluginXmlCheck {

	private static final String FACTORY = "org.eclipse.core.runtime.IExecutableExtensionFactory";

	private final BundleCompilation compilation;
	private final ExtensionPoints points;
	private final String file;
	private final List<String> problems = new ArrayList<>();

	private PluginXmlCheck(BundleCompilation compilation, ExtensionPoints points) {
		this.compilation = compilation;
		this.points = points;
		this.file = compilation.bundle().location().resolve("plugin.xml").toString();
	}

	static List<String> problemsOf(BundleCompilation compilation, ExtensionPoints points) {
		return problemsIn(compilation.bundle().text("plugin.xml").orElseThrow(), compilation, points);
	}

	/** The problems of a plugin.xml text for the compiled bundle (the tests plant faults in copies of its text). */
	static List<String> problemsIn(String pluginXml, BundleCompilation compilation, ExtensionPoints points) {
		PluginXmlCheck check = new PluginXmlCheck(compilation, points);
		PluginXml.parse(pluginXml, check.file).forEach(check::checkElement);
		return check.problems;
	}

	private void checkElement(PluginXml.Element element) {
		if (element.name().equals("extension")) {
			String point = element.extensionPoint();
			if (!points.exists(point)) {
				problem(element, "extension point " + point + " is declared by no bundle of eclipse-api/, the class"
						+ " path or the repository");
			}
			return;
		}
		element.attributes().forEach((attribute, value) -> {
			if (namesClass(element, attribute)) {
				checkClass(element, attribute, value);
			}
		});
	}

	private boolean namesClass(PluginXml.Element element, String attribute) {
		return element.extensionPoint() != null && (attribute.equals("class") || attribute.endsWith("Class")
				|| element.name().equals("adapt") && attribute.equals("type")
				|| element.name().equals("instanceof") && attribute.equals("value")
				|| points.basedOn(element.extensionPoint(), element.name(), attribute).isPresent());
	}

	private void checkClass(PluginXml.Element element, String attribute, String value) {
		String[] parts = value.split(":", 2);
		Optional<TypeElement> created = existing(element, attribute, parts[0]);
		if (created.isEmpty()) {
			return;
		}
		Optional<String> expected = points.basedOn(element.extensionPoint(), element.name(), attribute);
		boolean factory = parts.length == 2 && isA(created.get(), FACTORY);
		if (factory) {
			existing(element, attribute, parts[1].trim()).ifPresent(made -> expected
					.ifPresent(type -> checkBasedOn(element, attribute, made, type)));
		} else {
			expected.ifPresent(type -> checkBasedOn(element, attribute, created.get(), type));
		}
	}

	private Optional<TypeElement> existing(PluginXml.Element element, String attribute, String className) {
		Optional<TypeElement> type = compilation.type(className);
		if (type.isEmpty()) {
			problem(element, attribute + "=\"" + className + "\" names a class that does not exist");
		}
		return type;
	}

	/** {@code basedOn} is {@code Superclass:Interface}; each part that is given must be a supertype. */
	private void checkBasedOn(PluginXml.Element element, String attribute, TypeElement type, String basedOn) {
		for (String supertype : basedOn.split(":")) {
			if (!supertype.isBlank() && compilation.type(supertype.trim()).isEmpty()) {
				problem(element, attribute + ": the type " + supertype.trim() + " that extension point "
						+ element.extensionPoint() + " expects is not known");
			} else if (!supertype.isBlank() && !isA(type, supertype.trim())) {
				problem(element, attribute + ": " + type.getQualifiedName() + " does not extend or implement "
						+ supertype.trim() + ", which extension point " + element.extensionPoint() + " expects");
			}
		}
	}

	private boolean isA(TypeElement type, String supertypeName) {
		Optional<TypeElement> supertype = compilation.type(supertypeName);
		return supertype.isPresent() && compilation.isSubtype(type, supertype.get());
	}

	private void problem(PluginXml.Element element, String message) {
		problems.add(file + ":" + element.line() + ": <" + element.name() + "> " + message);
	}
}
