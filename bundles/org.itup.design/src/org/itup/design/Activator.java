package org.itup.design;

import java.util.Set;

import org.eclipse.core.runtime.Plugin;
import org.eclipse.sirius.business.api.componentization.ViewpointRegistry;
import org.eclipse.sirius.viewpoint.description.Viewpoint;
import org.osgi.framework.BundleContext;

/**
 * Registers the itup viewpoint with Sirius while the bundle runs. All logic of the viewpoint lives in the services of
 * org.itup.design.services, which the specification calls.
 */
public class Activator extends Plugin {

	public static final String PLUGIN_ID = "org.itup.design";

	private Set<Viewpoint> viewpoints;

	@Override
	public void start(BundleContext context) throws Exception {
		super.start(context);
		viewpoints = ViewpointRegistry.getInstance().registerFromPlugin(PLUGIN_ID + "/description/itup.odesign");
	}

	@Override
	public void stop(BundleContext context) throws Exception {
		if (viewpoints != null) {
			viewpoints.forEach(ViewpointRegistry.getInstance()::disposeFromPlugin);
			viewpoints = null;
		}
		super.stop(context);
	}
}
