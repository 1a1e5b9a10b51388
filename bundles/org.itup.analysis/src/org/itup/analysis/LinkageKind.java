package org.itup.analysis;

/**
 * How an objective contributes to a goal: directly (primary, a boxed tick in the linkage matrix), indirectly
 * (secondary, a plain tick) or not at all.
 */
public enum LinkageKind {
	PRIMARY, SECONDARY, NONE;

	public String label() {
		return this == NONE ? "" : name().toLowerCase(java.util.Locale.ROOT);
	}
}
