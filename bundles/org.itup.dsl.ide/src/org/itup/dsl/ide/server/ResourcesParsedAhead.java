package org.itup.dsl.ide.server;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * The language server's resource set: local files only ({@link LocalFilesOnly}), and when the builder asks it to
 * load a file that {@link PlanProjectManager} has already parsed for this build, it takes that resource instead of
 * parsing the file again on the builder's one thread.
 */
public class ResourcesParsedAhead extends LocalFilesOnly {

	private final Map<URI, Resource> parsedAhead = new HashMap<>();

	/** Keeps a resource parsed in a resource set of its own until the builder asks for its URI. */
	void offer(Resource parsed) {
		parsedAhead.put(parsed.getURI(), parsed);
	}

	/** Drops what the build did not ask for (a cancelled build), so a later build never takes stale text. */
	void forgetParsedAhead() {
		parsedAhead.clear();
	}

	@Override
	public Resource getResource(URI uri, boolean loadOnDemand) {
		if (loadOnDemand && !parsedAhead.isEmpty()) {
			Resource parsed = parsedAhead.remove(uri);
			if (parsed != null && super.getResource(uri, false) == null) {
				getResources().add(parsed); // taken from the resource set it was parsed in
				return parsed;
			}
		}
		return super.getResource(uri, loadOnDemand);
	}
}
