package org.itup.dsl.validation;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;

/**
 * Marks a resource set whose plan files no longer change: the command line's, once every file is parsed and
 * linked. Facts about a whole plan (its parts, coverage, overlaps) are then worked out once and shared by the
 * validation of all the plan's files, instead of once per file. An editor's resource set is never frozen, since its
 * files change between validation runs; there {@link PlanFactsCache} keeps a plan's facts while its parts are
 * unchanged.
 */
public final class FrozenPlans extends AdapterImpl {

	private final Map<Object, Object> facts = new HashMap<>();

	private FrozenPlans() {
	}

	/** Call only when every reference is resolved and nothing will edit the set's resources any more. */
	public static void freeze(ResourceSet resourceSet) {
		if (find(resourceSet).isEmpty()) {
			resourceSet.eAdapters().add(new FrozenPlans());
		}
	}

	/** The facts shared by all validation runs over the element's frozen resource set; empty when not frozen. */
	public static Optional<Map<Object, Object>> factsOf(EObject element) {
		Resource resource = element.eResource();
		ResourceSet resourceSet = resource == null ? null : resource.getResourceSet();
		return resourceSet == null ? Optional.empty() : find(resourceSet).map(frozen -> frozen.facts);
	}

	/** Whether the set is frozen: its files are linked, every reference resolved that can be, and stay as they are. */
	public static boolean isFrozen(ResourceSet resourceSet) {
		return find(resourceSet).isPresent();
	}

	private static Optional<FrozenPlans> find(ResourceSet resourceSet) {
		for (Adapter adapter : resourceSet.eAdapters()) {
			if (adapter instanceof FrozenPlans frozen) {
				return Optional.of(frozen);
			}
		}
		return Optional.empty();
	}
}
