package org.itup.dsl;


/**
 * Initialization support for running Xtext languages without Equinox extension registry.
 */
public class ItupStandaloneSetup extends ItupStandaloneSetupGenerated {

	public static void doSetup() {
		new ItupStandaloneSetup().createInjectorAndDoEMFRegistration();
	}
}
