package org.itup.dsl.ide.server;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.IContainer;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.containers.ProjectDescriptionBasedContainerManager;
import org.eclipse.xtext.resource.impl.ChunkedResourceDescriptions;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsBasedContainer;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;

/**
 * The language server's containers of a project's files, as the stock manager makes them, except that a container
 * answers how many files it holds, and which, from the project's index itself. The stock container copies the whole
 * index into a map of its own the first time any scope is made in a file, so the first build of a workspace of N
 * files made N copies of N entries: at 781 files, a sixteenth of the build thread's time at start
 * (docs/performance.md). A project's container holds every file of the project's index, so nothing is lost by
 * reading the index directly, and the answer follows the index as the build adds to it.
 */
public class WholeProjectContainers extends ProjectDescriptionBasedContainerManager {

	@Override
	protected IContainer createContainer(IResourceDescriptions resourceDescriptions,
			ChunkedResourceDescriptions chunkedResourceDescriptions, String projectName) {
		ResourceDescriptionsData project = chunkedResourceDescriptions.getContainer(projectName);
		if (project == null || resourceDescriptions != chunkedResourceDescriptions) {
			return super.createContainer(resourceDescriptions, chunkedResourceDescriptions, projectName);
		}
		return new WholeProject(project);
	}

	/** Every file of one project's index. */
	private static final class WholeProject extends ResourceDescriptionsBasedContainer {

		private final ResourceDescriptionsData project;

		WholeProject(ResourceDescriptionsData project) {
			super(project);
			this.project = project;
		}

		@Override
		public IResourceDescription getResourceDescription(URI uri) {
			return project.getResourceDescription(uri);
		}

		@Override
		public Iterable<IResourceDescription> getResourceDescriptions() {
			return project.getAllResourceDescriptions();
		}

		@Override
		public int getResourceDescriptionCount() {
			return project.getAllURIs().size();
		}

		@Override
		public boolean isEmpty() {
			return project.getAllURIs().isEmpty();
		}
	}
}
