package org.itup.dsl.validation;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.ResourceSet;

/**
 * The whole-plan facts of an editor's resource set (never frozen), kept by plan name for as long as the plan's
 * parts stay as they are. The language server validates every file of a plan in one resource set; without this each
 * file worked the whole plan out again (its parts joined, its overlaps and coverage found), so opening a workspace
 * of 781 files took 16 s. A plan's facts are valid for one version of its parts: the same part files, each unchanged
 * since (an edit, a reparse, a file of the plan added or deleted gives other versions, and the facts are worked out
 * anew on next use).
 */
public final class PlanFactsCache extends AdapterImpl {

	private final Map<String, PlanVersion> plans = new HashMap<>();

	private PlanFactsCache() {
	}

	/** The cache of the resource set, made on first use. */
	public static PlanFactsCache of(ResourceSet resourceSet) {
		synchronized (resourceSet.eAdapters()) {
			for (Adapter adapter : resourceSet.eAdapters()) {
				if (adapter instanceof PlanFactsCache cache) {
					return cache;
				}
			}
			PlanFactsCache cache = new PlanFactsCache();
			resourceSet.eAdapters().add(cache);
			return cache;
		}
	}

	/**
	 * The facts of the plan named {@code plan} whose parts are now at the given versions (a token per part file, the
	 * same object while the file is unchanged): the facts kept for those versions, else a new, empty table that
	 * replaces them. The table is safe for the language server's threads; each fact is worked out once.
	 */
	public synchronized Map<Object, Object> factsOf(String plan, Map<URI, Object> partVersions) {
		PlanVersion known = plans.get(plan);
		if (known == null || !known.partVersions().equals(partVersions)) {
			known = new PlanVersion(Map.copyOf(partVersions), new ConcurrentHashMap<>());
			plans.put(plan, known);
		}
		return known.facts();
	}

	private record PlanVersion(Map<URI, Object> partVersions, Map<Object, Object> facts) {
	}
}
