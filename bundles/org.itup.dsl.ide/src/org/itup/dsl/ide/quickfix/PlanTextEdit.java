package org.itup.dsl.ide.quickfix;

/**
 * One replacement in a plan file's text, by character offset: editor-neutral, so the language server and the Eclipse
 * editor apply the same edits.
 */
public record PlanTextEdit(int offset, int length, String text) {

	public static PlanTextEdit insert(int offset, String text) {
		return new PlanTextEdit(offset, 0, text);
	}

	public static PlanTextEdit delete(int offset, int length) {
		return new PlanTextEdit(offset, length, "");
	}
}
