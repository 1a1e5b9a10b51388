package org.itup.dsl.load;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;

import com.google.inject.Inject;

/**
 * The index of every code the loaded plan files export, by name. Without it, Xtext answers each lookup of a code
 * (linking a reference, checking that a code is unique, finding the other parts of a plan) by asking every file in
 * turn, so a few hundred files with tens of thousands of codes take quadratic time. The loader builds it once,
 * after parsing and before linking, and nothing edits the files afterwards, so it stays true.
 */
class PlanIndex {

	@Inject
	private IResourceServiceProvider.Registry services;

	void install(ResourceSet resourceSet) {
		List<IResourceDescription> descriptions = new ArrayList<>();
		for (Resource resource : resourceSet.getResources()) {
			IResourceServiceProvider service = services.getResourceServiceProvider(resource.getURI());
			if (service != null) {
				descriptions.add(service.getResourceDescriptionManager().getResourceDescription(resource));
			}
		}
		ResourceDescriptionsData.ResourceSetAdapter.installResourceDescriptionsData(resourceSet,
				new ResourceDescriptionsData(descriptions));
	}
}
