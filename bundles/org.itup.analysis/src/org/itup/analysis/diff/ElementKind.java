package org.itup.analysis.diff;

/**
 * The kinds of plan element two plans are compared by. Elements are only ever matched with elements of their own
 * kind; the parent kind is the one whose change makes an element "moved" (an objective to another sector, a target
 * to another goal).
 */
public enum ElementKind {
	GOAL("goal", "goals", null),
	TARGET("target", "targets", GOAL),
	SECTOR("sector", "sectors", null),
	OBJECTIVE("objective", "objectives", SECTOR),
	OUTCOME("outcome", "outcomes", OBJECTIVE),
	OUTPUT("output", "outputs", OBJECTIVE),
	ENABLER("enabler", "enablers", SECTOR),
	RISK("risk", "risks", null);

	private final String label;
	private final String plural;
	private final ElementKind parent;

	ElementKind(String label, String plural, ElementKind parent) {
		this.label = label;
		this.plural = plural;
		this.parent = parent;
	}

	/** As the plan language writes it: "goal", "objective". */
	public String label() {
		return label;
	}

	public String plural() {
		return plural;
	}

	/** The kind of the element this kind sits in, or null for top-level kinds. */
	public ElementKind parent() {
		return parent;
	}
}
