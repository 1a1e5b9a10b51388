package org.itup.analysis.diff;

/** The ways one element refers to others that the comparison follows, each to elements of one kind. */
public enum Role {
	PRIMARY_GOALS("primary goals", ElementKind.GOAL),
	SECONDARY_GOALS("secondary goals", ElementKind.GOAL),
	/** An enabler's supported objectives. */
	SUPPORTS("supports", ElementKind.OBJECTIVE);

	private final String label;
	private final ElementKind target;

	Role(String label, ElementKind target) {
		this.label = label;
		this.target = target;
	}

	public String label() {
		return label;
	}

	/** The kind of the elements referred to. */
	public ElementKind target() {
		return target;
	}

	/** Whether changes are shown in the linkage matrix rather than as the element's own field changes. */
	public boolean isLinkage() {
		return target == ElementKind.GOAL;
	}
}
