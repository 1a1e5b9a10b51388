package org.itup.analysis.diff;

/** What happened to an element between the two plans. */
public enum ChangeType {
	ADDED("added"),
	REMOVED("removed"),
	/** The same element in both plans, with its code, place or values changed. */
	CHANGED("changed"),
	SPLIT("split"),
	MERGED("merged");

	private final String label;

	ChangeType(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
