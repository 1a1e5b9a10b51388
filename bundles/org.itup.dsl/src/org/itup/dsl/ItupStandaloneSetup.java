package org.itup.dsl;

import org.eclipse.emf.ecore.EPackage;
import org.itup.model.ItupPackage;

import com.google.inject.Injector;

/**
 * Sets the plan language up outside Equinox. The metamodel is imported, not generated from the grammar, so its
 * package is registered here: without OSGi, nothing reads the model bundle's plugin.xml.
 */
public class ItupStandaloneSetup extends ItupStandaloneSetupGenerated {

	public static void doSetup() {
		new ItupStandaloneSetup().createInjectorAndDoEMFRegistration();
	}

	@Override
	public Injector createInjectorAndDoEMFRegistration() {
		EPackage.Registry.INSTANCE.putIfAbsent(ItupPackage.eNS_URI, ItupPackage.eINSTANCE);
		return super.createInjectorAndDoEMFRegistration();
	}
}
