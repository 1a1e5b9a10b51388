package org.itup.analysis.diff;

import java.util.Optional;

/**
 * A value a planner cares about that differs between the old and the new element: a target's level, a deadline, a
 * support list, the sector an objective sits in, one value of one of its indicators. Values are as the report shows
 * them; null is "not given".
 */
public record FieldChange(String field, String oldValue, String newValue) {

	private static final String INDICATOR = "indicator ";
	private static final String VALUE = ": ";

	/** The code (or title, when it has no code) of the indicator this is a field of, if it is one. */
	public Optional<String> indicator() {
		if (!field.startsWith(INDICATOR)) {
			return Optional.empty();
		}
		int value = field.lastIndexOf(VALUE);
		return Optional.of(field.substring(INDICATOR.length(), value < 0 ? field.length() : value));
	}

	/** Which of the indicator's values changed (baseline, target, unit, ...); empty for the indicator itself. */
	public Optional<String> indicatorValue() {
		int value = field.lastIndexOf(VALUE);
		return indicator().isPresent() && value >= 0 ? Optional.of(field.substring(value + VALUE.length()))
				: Optional.empty();
	}
}
