package org.itup.generator.tests.report;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EContentAdapter;

/**
 * Every change to a loaded resource set from the moment it is watched: its resources, their contents, every
 * element's features, and proxies resolved on first use (EMF reports those as changes too). Generators only read
 * the model, and plans are made on several threads at once, so any change during generation is a bug.
 */
final class ModelChanges extends EContentAdapter {

	/** Notifications may come from any generating thread. */
	private final List<String> changes = new ArrayList<>();

	private ModelChanges() {
	}

	static ModelChanges watch(ResourceSet resourceSet) {
		ModelChanges watcher = new ModelChanges();
		resourceSet.eAdapters().add(watcher);
		return watcher;
	}

	@Override
	public void notifyChanged(Notification notification) {
		synchronized (changes) {
			changes.add(describe(notification));
		}
		super.notifyChanged(notification);
	}

	/** The changes seen so far, each as its kind, feature and element. */
	List<String> seen() {
		synchronized (changes) {
			return List.copyOf(changes);
		}
	}

	private static String describe(Notification change) {
		Object feature = change.getFeature() == null ? change.getFeatureID(null) : change.getFeature();
		return "event type " + change.getEventType() + " on " + feature + " of " + change.getNotifier() + " on thread "
				+ Thread.currentThread().getName();
	}
}
