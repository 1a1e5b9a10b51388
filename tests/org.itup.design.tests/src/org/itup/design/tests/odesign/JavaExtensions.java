package org.itup.design.tests.odesign;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * The Java extensions a viewpoint declares, loaded as Sirius loads them: a public class with a public no-arg
 * constructor, whose services are its public methods with an EObject (or subtype) as first parameter.
 */
final class JavaExtensions {

	private final Map<String, List<Method>> servicesByClass = new LinkedHashMap<>();

	/** Loads the classes declared by a viewpoint; problems with a class are reported on the declaration. */
	static JavaExtensions of(EObject viewpoint, Findings findings) {
		JavaExtensions extensions = new JavaExtensions();
		EStructuralFeature owned = viewpoint.eClass().getEStructuralFeature("ownedJavaExtensions");
		for (EObject declaration : (List<EObject>) viewpoint.eGet(owned)) {
			EStructuralFeature nameFeature = declaration.eClass().getEStructuralFeature("qualifiedClassName");
			String className = (String) declaration.eGet(nameFeature);
			try {
				extensions.servicesByClass.put(className, services(Class.forName(className)));
			} catch (ClassNotFoundException | LinkageError e) {
				findings.add(declaration, nameFeature, "Java extension class " + className + " cannot be loaded");
			} catch (NoSuchMethodException e) {
				findings.add(declaration, nameFeature, "Java extension class " + className
						+ " has no public no-argument constructor, so Sirius cannot create it");
			}
		}
		return extensions;
	}

	private static List<Method> services(Class<?> type) throws NoSuchMethodException {
		if (!Modifier.isPublic(type.getModifiers()) || !Modifier.isPublic(type.getConstructor().getModifiers())) {
			throw new NoSuchMethodException(type.getName() + "()");
		}
		List<Method> services = new ArrayList<>();
		for (Method method : type.getMethods()) {
			Class<?>[] parameters = method.getParameterTypes();
			if (parameters.length > 0 && EObject.class.isAssignableFrom(parameters[0])
					&& method.getDeclaringClass() != Object.class) {
				services.add(method);
			}
		}
		return services;
	}

	/** The services of that name taking the given number of parameters, receiver included. */
	List<Method> find(String name, int parameterCount) {
		return servicesByClass.values().stream().flatMap(List::stream)
				.filter(method -> method.getName().equals(name) && method.getParameterCount() == parameterCount)
				.toList();
	}

	List<String> classNames() {
		return List.copyOf(servicesByClass.keySet());
	}

	/** Every service name, for a message that helps find a typo. */
	List<String> serviceNames() {
		return servicesByClass.values().stream().flatMap(List::stream).map(Method::getName).distinct().sorted()
				.toList();
	}

	static String signature(Method method) {
		return method.getName() + Arrays.stream(method.getParameterTypes()).map(Class::getSimpleName).toList();
	}
}
