package org.itup.dsl.ide.server;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.generator.IShouldGenerate;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * The plan language generates nothing while an editor is open (reports are the command line's work), so the
 * server's builder never needs to ask. Xtext's default answer, {@link IShouldGenerate.OnlyWithoutErrors}, validates
 * every built file a second time to find out whether it has errors: at 100x that second validation was about an
 * eighth of the server's start (docs/performance.md).
 */
public class NothingToGenerate implements IShouldGenerate {

	@Override
	public boolean shouldGenerate(Resource resource, CancelIndicator cancelIndicator) {
		return false;
	}
}
