package org.itup.dsl.linking;

import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.resource.Resource.Diagnostic;
import org.eclipse.xtext.diagnostics.AbstractDiagnostic;

/**
 * A set beside each of a resource's lists of errors and warnings, so that asking whether a linking error is already
 * listed, or removing one that is not, costs a hash lookup instead of a walk of the list. Xtext walks the list for
 * every unresolved reference, and for every resolved one while the file has errors: a file with 40,000 unresolved
 * references took 100 s, four times as long as one with 20,000. A set whose size no longer matches its list (the list
 * was changed elsewhere, e.g. by the parser) is built again from the list, so the two never disagree for long.
 */
final class LinkingDiagnostics {

	private final Map<List<Diagnostic>, Set<Diagnostic>> sets = new IdentityHashMap<>();

	private final Map<List<Diagnostic>, Set<Integer>> offsets = new IdentityHashMap<>();

	/** Adds the diagnostic to the list unless an equal one is there already, as Xtext does. */
	void addIfAbsent(List<Diagnostic> list, Diagnostic diagnostic) {
		if (inStep(list).add(diagnostic)) {
			list.add(diagnostic);
			offsets.computeIfAbsent(list, any -> new HashSet<>()).add(offsetOf(diagnostic));
		}
	}

	/** Removes an equal diagnostic from the list, walking it only when there is one. */
	void remove(List<Diagnostic> list, Diagnostic diagnostic) {
		if (inStep(list).remove(diagnostic)) {
			list.remove(diagnostic);
		}
	}

	/**
	 * Whether the list may hold a diagnostic at the offset: when not, a resolved reference there has no stale error
	 * to remove, and its message (which names the codes that exist) need not be made.
	 */
	boolean mayHoldAt(List<Diagnostic> list, int offset) {
		inStep(list);
		Set<Integer> held = offsets.get(list);
		return held == null || held.contains(offset);
	}

	/** The lists were emptied: forget what they held. */
	void clear() {
		sets.clear();
		offsets.clear();
	}

	private static int offsetOf(Diagnostic diagnostic) {
		return diagnostic instanceof AbstractDiagnostic located ? located.getOffset() : -1;
	}

	private Set<Diagnostic> inStep(List<Diagnostic> list) {
		Set<Diagnostic> set = sets.computeIfAbsent(list, any -> new HashSet<>());
		if (set.size() != list.size()) {
			set.clear();
			set.addAll(list);
			Set<Integer> held = offsets.computeIfAbsent(list, any -> new HashSet<>());
			held.clear();
			list.forEach(diagnostic -> held.add(offsetOf(diagnostic)));
		}
		return set;
	}
}
