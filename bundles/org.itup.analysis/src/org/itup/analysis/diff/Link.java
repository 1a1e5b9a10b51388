package org.itup.analysis.diff;

/** A cell of the linkage matrix (Table 3): how an objective contributes to a goal. */
public enum Link {
	NONE("none"),
	SECONDARY("secondary"),
	PRIMARY("primary");

	private final String label;

	Link(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** The stronger of two links: an objective primary for one of the goals a goal was split from stays primary. */
	Link max(Link other) {
		return compareTo(other) >= 0 ? this : other;
	}

	/** The objective's link to the goals of these codes. */
	static Link of(PlanItem objective, java.util.Collection<String> goalCodes) {
		if (objective.references().getOrDefault(Role.PRIMARY_GOALS, java.util.List.of()).stream()
				.anyMatch(goalCodes::contains)) {
			return PRIMARY;
		}
		return objective.references().getOrDefault(Role.SECONDARY_GOALS, java.util.List.of()).stream()
				.anyMatch(goalCodes::contains) ? SECONDARY : NONE;
	}
}
