package org.itup.dsl.validation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IContainer;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsProvider;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.itup.analysis.StrategicPlan;
import org.itup.model.ItupPackage;
import org.itup.model.Plan;

import com.google.inject.Inject;

/**
 * Finds every part of the plan an element belongs to. Rules about the plan as a whole (every goal has a primary
 * objective, targets fall inside the plan period) must see parts in other files; the index says which files hold
 * parts of the plan, so this works in the loader and in the language server, which loads those files on demand.
 */
public class WholePlans {

	@Inject
	private IQualifiedNameProvider names;

	@Inject
	private ResourceDescriptionsProvider indexProvider;

	@Inject
	private IContainer.Manager containers;

	/** Xtext's cache of each resource, emptied by any change of the resource's model, a reparse included. */
	@Inject
	private IResourceScopeCache untilChanged;

	/**
	 * The whole plan; the context map caches it for one validation run, so each run sees the files as they are, or,
	 * for a frozen load, for every file of the load. All parts of a plan have the same whole plan, so it is kept by
	 * plan name: worked out per file, a plan split into N files cost N walks of the index and N joins of N parts.
	 */
	public StrategicPlan of(EObject element, Map<Object, Object> context) {
		Plan part = EcoreUtil2.getContainerOfType(element, Plan.class);
		if (part == null) {
			return null;
		}
		if (context == null) {
			return compute(part);
		}
		Object key = part.getName() == null ? new UnnamedPart(part) : new PlanName(part.getName());
		return (StrategicPlan) context.computeIfAbsent(key, any -> compute(part));
	}

	/**
	 * The table of facts about the part's whole plan that stays valid while every part is unchanged (for an
	 * editor's resource set, see {@link PlanFactsCache}); null for a part without a name or outside a resource set.
	 * Costs one look-up in the index per call, so call it once per validation run.
	 */
	public Map<Object, Object> factsWhileUnchanged(Plan part) {
		Resource own = part.eResource();
		QualifiedName name = part.getName() == null ? null : names.getFullyQualifiedName(part);
		if (name == null || own == null || own.getResourceSet() == null) {
			return null;
		}
		Map<URI, Object> versions = new HashMap<>();
		versions.put(own.getURI(), versionOf(own));
		for (URI uri : partUris(own, name)) {
			versions.put(uri, versionOf(own.getResourceSet().getResource(uri, true)));
		}
		return PlanFactsCache.of(own.getResourceSet()).factsOf(part.getName(), versions);
	}

	/** A token that stays the same object while the resource's model is unchanged. */
	private Object versionOf(Resource resource) {
		return resource == null ? PartVersion.MISSING : untilChanged.get(PartVersion.class, resource, PartVersion::new);
	}

	private StrategicPlan compute(Plan part) {
		List<Plan> parts = new ArrayList<>();
		parts.add(part);
		QualifiedName name = names.getFullyQualifiedName(part);
		Resource own = part.eResource();
		if (name != null && own != null && own.getResourceSet() != null) {
			for (URI uri : partUris(own, name)) {
				Resource other = own.getResourceSet().getResource(uri, true);
				if (other != null && other != own && !other.getContents().isEmpty()
						&& other.getContents().get(0) instanceof Plan otherPart) {
					parts.add(otherPart);
				}
			}
		}
		parts.sort(Comparator.comparing(plan -> String.valueOf(plan.eResource().getURI())));
		return StrategicPlan.of(parts).get(0);
	}

	private Set<URI> partUris(Resource own, QualifiedName name) {
		IResourceDescriptions index = indexProvider.getResourceDescriptions(own);
		IResourceDescription description = index.getResourceDescription(own.getURI());
		if (description == null) {
			return Set.of();
		}
		Set<URI> uris = new LinkedHashSet<>();
		for (IContainer container : containers.getVisibleContainers(description, index)) {
			for (IEObjectDescription plan : container.getExportedObjects(ItupPackage.Literals.PLAN, name, false)) {
				uris.add(plan.getEObjectURI().trimFragment());
			}
		}
		uris.remove(own.getURI());
		return uris;
	}

	/** One version of a part file; compared by identity. */
	private static final class PartVersion {
		static final PartVersion MISSING = new PartVersion();
	}

	private record PlanName(String name) {
	}

	/** A part without a name is a plan of its own. */
	private record UnnamedPart(Plan part) {
	}
}
