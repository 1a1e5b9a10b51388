package org.itup.dsl.ide.quickfix;

import java.util.Comparator;
import java.util.List;

/**
 * A fix for one diagnostic: a label a person chooses it by, and the edits it makes to the file's text.
 */
public record PlanQuickFix(String label, List<PlanTextEdit> edits) {

	public PlanQuickFix {
		edits = List.copyOf(edits);
	}

	public static PlanQuickFix of(String label, PlanTextEdit... edits) {
		return new PlanQuickFix(label, List.of(edits));
	}

	/** The text after the fix; edits apply from the end so earlier offsets stay valid. */
	public String applyTo(String text) {
		StringBuilder result = new StringBuilder(text);
		edits.stream().sorted(Comparator.comparingInt(PlanTextEdit::offset).reversed())
				.forEach(edit -> result.replace(edit.offset(), edit.offset() + edit.length(), edit.text()));
		return result.toString();
	}
}
