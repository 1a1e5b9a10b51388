package org.itup.generator.html;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

import org.itup.analysis.diff.ElementChange;
import org.itup.analysis.diff.ElementKind;
import org.itup.analysis.diff.PlanDiff;
import org.itup.analysis.diff.PlanItem;

/**
 * The id of each change on the diff page, and which change a new element's node in the diagram leads to: the first
 * change that names it (an element kept within a split is named by its pair and by the split; the pair comes first).
 */
final class DiffAnchors {

	private final Map<ElementChange, String> ids = new IdentityHashMap<>();
	private final Map<String, String> firstOfNew = new HashMap<>();
	private final Map<String, ElementChange> changeOfNew = new HashMap<>();

	DiffAnchors(PlanDiff diff) {
		for (ElementKind kind : ElementKind.values()) {
			int index = 0;
			for (ElementChange change : diff.changes(kind)) {
				String id = "change-" + kind.label() + "-" + ++index;
				ids.put(change, id);
				for (PlanItem item : change.news()) {
					firstOfNew.putIfAbsent(key(kind, item.code()), id);
					changeOfNew.putIfAbsent(key(kind, item.code()), change);
				}
			}
		}
	}

	String id(ElementChange change) {
		return ids.get(change);
	}

	/** The id of the first change naming the new plan's element of this kind and code, or null if none does. */
	String idOfNew(ElementKind kind, String code) {
		return firstOfNew.get(key(kind, code));
	}

	/** The first change naming the new plan's element of this kind and code, or null if none does. */
	ElementChange changeOfNew(ElementKind kind, String code) {
		return changeOfNew.get(key(kind, code));
	}

	private static String key(ElementKind kind, String code) {
		return kind.label() + " " + code;
	}
}
