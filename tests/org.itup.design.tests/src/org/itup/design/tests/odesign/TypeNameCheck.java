package org.itup.design.tests.odesign;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

/**
 * Every domain class and type name of the specification (Sirius's {@code TypeName} attributes: domainClass,
 * typeName, targetClass, ...) names an EClass of the plan metamodel, written {@code Class}, {@code pkg.Class} or
 * {@code pkg::Class} with pkg the EPackage's name, as Sirius reads them.
 */
final class TypeNameCheck {

	private final EPackage metamodel;

	TypeNameCheck(EPackage metamodel) {
		this.metamodel = metamodel;
	}

	void check(EObject element, Findings findings) {
		for (EAttribute attribute : element.eClass().getEAllAttributes()) {
			if ("TypeName".equals(attribute.getEAttributeType().getName()) && element.eIsSet(attribute)
					&& !attribute.isMany()) {
				String typeName = (String) element.eGet(attribute);
				if (!namesAClass(typeName)) {
					findings.add(element, attribute, "'" + typeName + "' is not a class of the " + metamodel.getName()
							+ " metamodel (" + metamodel.getNsURI() + ")");
				}
			}
		}
	}

	private boolean namesAClass(String typeName) {
		String className = typeName;
		int separator = Math.max(typeName.lastIndexOf("::") + 1, typeName.lastIndexOf('.'));
		if (separator > 0) {
			String packageName = typeName.substring(0, typeName.charAt(separator) == ':' ? separator - 1 : separator);
			if (!packageName.equals(metamodel.getName())) {
				return false;
			}
			className = typeName.substring(separator + 1);
		}
		return metamodel.getEClassifier(className) instanceof EClass;
	}
}
