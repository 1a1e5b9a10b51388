package org.itup.analysis.diff;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the new plan, or the person comparing, states about which old elements new elements replace: by kind, new
 * code to old codes. The new plan's own statements ({@code replaces} on goals, targets and objectives) come with its
 * items; a caller may add more. They override every guess of the matcher.
 */
public final class StatedCorrespondences {

	private final Map<ElementKind, Map<String, List<String>>> oldCodesByNewCode = new EnumMap<>(ElementKind.class);

	private StatedCorrespondences() {
	}

	public static StatedCorrespondences none() {
		return new StatedCorrespondences();
	}

	/** What the new plan's items state with {@code replaces}. */
	public static StatedCorrespondences of(PlanSide newPlan) {
		StatedCorrespondences stated = none();
		newPlan.items().stream().filter(item -> !item.replaces().isEmpty())
				.forEach(item -> stated.add(item.kind(), item.code(), item.replaces()));
		return stated;
	}

	/** States that the new element of this code replaces the old elements of these codes. */
	public StatedCorrespondences add(ElementKind kind, String newCode, List<String> oldCodes) {
		oldCodesByNewCode.computeIfAbsent(kind, any -> new LinkedHashMap<>())
				.computeIfAbsent(newCode, any -> new ArrayList<>()).addAll(oldCodes);
		return this;
	}

	/** The old codes the new element of this code replaces, as stated; empty when nothing is stated. */
	public List<String> oldCodes(ElementKind kind, String newCode) {
		return oldCodesByNewCode.getOrDefault(kind, Map.of()).getOrDefault(newCode, List.of());
	}
}
