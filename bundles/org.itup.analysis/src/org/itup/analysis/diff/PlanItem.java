package org.itup.analysis.diff;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One element of a plan as the comparison sees it: its kind and code, the texts it is recognised by, the code of
 * the element it sits in, the values a planner cares about (as text, compared by equality, so formatting and
 * comments of the plan file never count) and its references to other elements by code. Plain data, free of EMF, so
 * the matcher is tested on plans written in a few lines of Java and could compare plans read from any source.
 *
 * @param parent the code of the goal, sector or objective the element sits in; null for top-level kinds
 * @param fields value by field name, in the order to report them; a missing value is absent or null
 * @param references the codes referred to, by role, compared as sets once the old
 *            plan's codes are translated into the new plan's
 * @param replaces codes of the old plan this element states it replaces (explicit correspondences)
 */
public record PlanItem(ElementKind kind, String code, String title, String statement, String parent,
		Map<String, String> fields, Map<Role, List<String>> references, List<String> replaces) {

	public PlanItem {
		Objects.requireNonNull(kind);
		fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
		references = Map.copyOf(references);
		replaces = List.copyOf(replaces);
	}

	/** An element with no fields, references or stated replacements; add them with the {@code with} methods. */
	public static PlanItem of(ElementKind kind, String code, String title, String statement, String parent) {
		return new PlanItem(kind, code, title, statement, parent, Map.of(), Map.of(), List.of());
	}

	public PlanItem withField(String name, String value) {
		Map<String, String> more = new LinkedHashMap<>(fields);
		more.put(name, value);
		return new PlanItem(kind, code, title, statement, parent, more, references, replaces);
	}

	public PlanItem withReferences(Role role, List<String> codes) {
		Map<Role, List<String>> more = new LinkedHashMap<>(references);
		more.put(role, List.copyOf(codes));
		return new PlanItem(kind, code, title, statement, parent, fields, more, replaces);
	}

	public PlanItem withReplaces(List<String> oldCodes) {
		return new PlanItem(kind, code, title, statement, parent, fields, references, oldCodes);
	}

	/** What the element is recognised by when its code changed: its title and statement together. */
	public String text() {
		if (title == null) {
			return Objects.requireNonNullElse(statement, "");
		}
		return statement == null ? title : title + " " + statement;
	}

	/** The code and the title or statement, as a reviewer recognises the element: {@code 1.1 "By 2023, ..."}. */
	public String label() {
		String text = title != null ? title : statement;
		return text == null ? code : code + " \"" + text + "\"";
	}

	/** Elements are the same element only when they are the same object: two plans may hold equal items. */
	@Override
	public boolean equals(Object other) {
		return this == other;
	}

	@Override
	public int hashCode() {
		return System.identityHashCode(this);
	}
}
