package org.itup.dsl.linking;

import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.resource.Resource.Diagnostic;

/**
 * A set beside each of a resource's lists of errors and warnings, so that asking whether a linking error is already
 * listed, or removing one that is not, costs a hash lookup instead of a walk of the list. Xtext walks the list for
 * every unresolved reference, and for every resolved one while the file has errors: a file with 40,000 unresolved
 * references took 100 s, four times as long as one with 20,000. A set whose size no longer matches its list (the list
 * was changed elsewhere, e.g. by the parser) is built again from the list, so the two never disagree for long.
 */
final class LinkingDiagnostics {

	private final Map<List<Diagnostic>, Set<Diagnostic>> sets = new IdentityHashMap<>();

	/** Adds the diagnostic to the list unless an equal one is there already, as Xtext does. */
	void addIfAbsent(List<Diagnostic> list, Diagnostic diagnostic) {
		if (inStep(list).add(diagnostic)) {
			list.add(diagnostic);
		}
	}

	/** Removes an equal diagnostic from the list, walking it only when there is one. */
	void remove(List<Diagnostic> list, Diagnostic diagnostic) {
		if (inStep(list).remove(diagnostic)) {
			list.remove(diagnostic);
		}
	}

	/** The lists were emptied: forget what they held. */
	void clear() {
		sets.clear();
	}

	private Set<Diagnostic> inStep(List<Diagnostic> list) {
		Set<Diagnostic> set = sets.computeIfAbsent(list, any -> new HashSet<>());
		if (set.size() != list.size()) {
			set.clear();
			set.addAll(list);
		}
		return set;
	}
}
