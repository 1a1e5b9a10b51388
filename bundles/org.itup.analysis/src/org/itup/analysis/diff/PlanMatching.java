package org.itup.analysis.diff;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which elements of the old plan are which of the new: the correspondences found (pairs, and splits and merges,
 * which may include a pair's elements too), the old elements with no counterpart (removed) and the new ones with
 * none (added).
 */
public final class PlanMatching {

	private final PlanSide oldPlan;
	private final PlanSide newPlan;
	private final List<Correspondence> correspondences;
	private final List<PlanItem> removed;
	private final List<PlanItem> added;
	private final Map<ElementKind, Map<String, Set<String>>> newCodesByOldCode = new EnumMap<>(ElementKind.class);
	private final Map<PlanItem, PlanItem> newOfOld = new HashMap<>();
	private final Map<PlanItem, PlanItem> oldOfNew = new HashMap<>();
	private final Map<ElementKind, Map<String, String>> pairedCodes = new EnumMap<>(ElementKind.class);

	PlanMatching(PlanSide oldPlan, PlanSide newPlan, List<Correspondence> correspondences, List<PlanItem> removed,
			List<PlanItem> added) {
		this.oldPlan = oldPlan;
		this.newPlan = newPlan;
		this.correspondences = List.copyOf(correspondences);
		this.removed = List.copyOf(removed);
		this.added = List.copyOf(added);
		for (Correspondence pair : pairs()) {
			newOfOld.put(pair.olds().get(0), pair.news().get(0));
			oldOfNew.put(pair.news().get(0), pair.olds().get(0));
			pairedCodes.computeIfAbsent(pair.kind(), any -> new HashMap<>()).putIfAbsent(pair.olds().get(0).code(),
					pair.news().get(0).code());
		}
		for (Correspondence found : correspondences) {
			Map<String, Set<String>> byOldCode = newCodesByOldCode.computeIfAbsent(found.kind(),
					any -> new LinkedHashMap<>());
			found.olds().forEach(oldItem -> found.news().forEach(newItem -> byOldCode
					.computeIfAbsent(oldItem.code(), any -> new LinkedHashSet<>()).add(newItem.code())));
		}
	}

	public PlanSide oldPlan() {
		return oldPlan;
	}

	public PlanSide newPlan() {
		return newPlan;
	}

	public List<Correspondence> correspondences() {
		return correspondences;
	}

	/** One old element for one new, in the new plan's order of kinds. */
	public List<Correspondence> pairs() {
		return correspondences.stream().filter(Correspondence::isPair).toList();
	}

	public List<Correspondence> splits() {
		return correspondences.stream().filter(Correspondence::isSplit).toList();
	}

	public List<Correspondence> merges() {
		return correspondences.stream().filter(Correspondence::isMerge).toList();
	}

	public List<PlanItem> removed() {
		return removed;
	}

	public List<PlanItem> added() {
		return added;
	}

	private java.util.Optional<String> pairedCode(ElementKind kind, String oldCode) {
		return java.util.Optional.ofNullable(pairedCodes.getOrDefault(kind, Map.of()).get(oldCode));
	}

	/** The new element paired with an old one, if any. */
	public PlanItem pairedNew(PlanItem oldItem) {
		return newOfOld.get(oldItem);
	}

	/** The old element paired with a new one, if any. */
	public PlanItem pairedOld(PlanItem newItem) {
		return oldOfNew.get(newItem);
	}

	/**
	 * The codes in the new plan of what an old code of this kind became: one for a pair, several for a split, none
	 * when the element was removed.
	 */
	public Set<String> newCodes(ElementKind kind, String oldCode) {
		return newCodesByOldCode.getOrDefault(kind, Map.of()).getOrDefault(oldCode, Set.of());
	}

	/**
	 * The old plan's codes of this kind put into the new plan's terms: the paired element's code, else all the codes
	 * it was split into; a code with no counterpart stays as it is.
	 */
	public List<String> translate(ElementKind kind, List<String> oldCodes) {
		List<String> translated = new ArrayList<>();
		for (String oldCode : oldCodes) {
			Set<String> newCodes = pairedCode(kind, oldCode).map(Set::of).orElse(newCodes(kind, oldCode));
			if (newCodes.isEmpty()) {
				translated.add(oldCode);
			} else {
				newCodes.stream().filter(code -> !translated.contains(code)).forEach(translated::add);
			}
		}
		return translated;
	}
}
