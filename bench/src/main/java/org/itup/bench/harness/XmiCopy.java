package org.itup.bench.harness;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * The loaded plans saved as EMF XMI, one {@code .xmi} file per plan file, with references across files kept as
 * links between the XMI files; and the loading of those files back, the floor any parser of this model is measured
 * against (no text to parse, no names to look up, no validation).
 */
final class XmiCopy {

	private final List<URI> files;

	private XmiCopy(List<URI> files) {
		this.files = files;
	}

	/** Copies every root of {@code loaded} together, so cross-file references point at the copies, and saves them. */
	static XmiCopy save(ResourceSet loaded, Path folder) throws IOException {
		Files.createDirectories(folder);
		List<Resource> sources = List.copyOf(loaded.getResources());
		EcoreUtil.Copier copier = new EcoreUtil.Copier();
		List<Collection<EObject>> copies = new ArrayList<>();
		for (Resource source : sources) {
			copies.add(copier.copyAll(source.getContents()));
		}
		copier.copyReferences();
		ResourceSet target = xmiResourceSet();
		List<URI> files = new ArrayList<>();
		for (int i = 0; i < sources.size(); i++) {
			URI uri = URI.createFileURI(folder.resolve(i + "-" + sources.get(i).getURI().lastSegment() + ".xmi")
					.toAbsolutePath().toString());
			target.createResource(uri).getContents().addAll(copies.get(i));
			files.add(uri);
		}
		for (Resource resource : target.getResources()) {
			resource.save(Map.of());
		}
		return new XmiCopy(List.copyOf(files));
	}

	/** Loads every XMI file into a fresh resource set and resolves every reference. */
	ResourceSet load() {
		ResourceSet resourceSet = xmiResourceSet();
		for (URI file : files) {
			resourceSet.getResource(file, true);
		}
		EcoreUtil.resolveAll(resourceSet);
		return resourceSet;
	}

	private static ResourceSet xmiResourceSet() {
		ResourceSet resourceSet = new ResourceSetImpl();
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("xmi", new XMIResourceFactoryImpl());
		return resourceSet;
	}
}
