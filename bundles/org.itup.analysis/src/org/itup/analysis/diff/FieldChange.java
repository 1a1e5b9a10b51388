package org.itup.analysis.diff;

/**
 * A value a planner cares about that differs between the old and the new element: a target's level, a deadline, a
 * support list, the sector an objective sits in. Values are as the report shows them; null is "not given".
 */
public record FieldChange(String field, String oldValue, String newValue) {
}
