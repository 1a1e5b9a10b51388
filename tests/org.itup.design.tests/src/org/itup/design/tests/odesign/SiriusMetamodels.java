package org.itup.design.tests.odesign;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.itup.model.ItupPackage;

/**
 * Sirius's own metamodels, read from the folder the team keeps them in (Sirius itself is not available to the
 * build). A resource set made here reads a viewpoint specification the way Sirius does: its packages registered by
 * namespace URI and the {@code environment:/} resources mapped to Sirius's environment files.
 */
public final class SiriusMetamodels {

	private static final List<String> ECORE_FILES = List.of("org.eclipse.sirius.model/model/viewpoint.ecore",
			"org.eclipse.sirius.diagram.model/model/diagram.ecore", "org.eclipse.sirius.table.model/model/table.ecore",
			"org.eclipse.sirius.tree.model/model/tree.ecore");

	private final Path folder;

	private SiriusMetamodels(Path folder) {
		this.folder = folder;
	}

	/** The metamodels in a folder; an error names the folder and says what is missing, rather than passing. */
	public static SiriusMetamodels in(Path folder) {
		for (String file : ECORE_FILES) {
			if (!Files.isRegularFile(folder.resolve(file))) {
				throw new AssertionError("Sirius metamodels not found: " + folder.resolve(file) + " does not exist. "
						+ "The static check of the viewpoint needs the Sirius metamodels folder (sirius/metamodels in "
						+ "the shared folder named by the system property itup.shared.dir, -Ditup.shared.dir=...)");
			}
		}
		return new SiriusMetamodels(folder);
	}

	public ResourceSet newResourceSet() {
		ResourceSet resourceSet = new ResourceSetImpl();
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("*", new XMIResourceFactoryImpl());
		registerEcore(resourceSet);
		for (String file : ECORE_FILES) {
			registerPackages(resourceSet, load(resourceSet, folder.resolve(file)));
		}
		// EMF's key-uniqueness constraint reads the metamodels' eKeys without resolving them
		EcoreUtil.resolveAll(resourceSet);
		resourceSet.getPackageRegistry().put(ItupPackage.eNS_URI, ItupPackage.eINSTANCE);
		mapEnvironment(resourceSet, "environment:/viewpoint", "org.eclipse.sirius.model/model/Environment.odesign");
		mapEnvironment(resourceSet, "environment:/diagram", "org.eclipse.sirius.diagram/model/DiagramEnvironment.odesign");
		return resourceSet;
	}

	/** Sirius's metamodels refer to Ecore by plug-in and relative locations; both mean the Ecore package itself. */
	private void registerEcore(ResourceSet resourceSet) {
		EPackage.Registry registry = resourceSet.getPackageRegistry();
		registry.put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
		registry.put("platform:/plugin/org.eclipse.emf.ecore/model/Ecore.ecore", EcorePackage.eINSTANCE);
		registry.put(fileUri(folder.resolve("org.eclipse.emf.ecore/model/Ecore.ecore")).toString(),
				EcorePackage.eINSTANCE);
	}

	private void mapEnvironment(ResourceSet resourceSet, String environment, String file) {
		resourceSet.getURIConverter().getURIMap().put(URI.createURI(environment), fileUri(folder.resolve(file)));
	}

	private static Resource load(ResourceSet resourceSet, Path file) {
		try {
			Resource resource = resourceSet.createResource(fileUri(file));
			resource.load(null);
			return resource;
		} catch (IOException e) {
			throw new UncheckedIOException("cannot read the Sirius metamodel " + file, e);
		}
	}

	private static void registerPackages(ResourceSet resourceSet, Resource resource) {
		for (TreeIterator<EObject> all = resource.getAllContents(); all.hasNext();) {
			if (all.next() instanceof EPackage ePackage) {
				resourceSet.getPackageRegistry().put(ePackage.getNsURI(), ePackage);
			}
		}
	}

	static URI fileUri(Path file) {
		return URI.createFileURI(file.toAbsolutePath().normalize().toString());
	}
}
