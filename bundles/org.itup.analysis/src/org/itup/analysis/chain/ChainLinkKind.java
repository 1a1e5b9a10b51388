package org.itup.analysis.chain;

/**
 * What a link of the results chain says: an objective contributes to a goal directly (primary) or indirectly
 * (secondary); a target measures its goal; outcomes and outputs belong to their objective; an enabler supports an
 * objective.
 */
public enum ChainLinkKind {
	PRIMARY, SECONDARY, TARGET, OUTCOME, OUTPUT, ENABLER;

	public boolean isSecondary() {
		return this == SECONDARY;
	}

	public String label() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}
}
