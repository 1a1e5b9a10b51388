package org.itup.analysis.diff;

/** Why two elements of two plans are taken for the same element, from the surest to the least sure. */
public enum Confidence {
	/** The new plan says so: {@code replaces} names the old code. Overrides every guess. */
	EXPLICIT("stated"),
	/** Same kind, same code. */
	SAME_CODE("same code"),
	/** The code changed, the title and statement read alike (the overlap rule's measure, with its score). */
	SIMILAR_TEXT("similar text");

	private final String label;

	Confidence(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
