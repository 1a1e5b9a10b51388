package org.itup.dsl.load;

import java.nio.file.Path;

import org.eclipse.xtext.validation.Issue;
import org.itup.dsl.load.PlanDiagnostic.Severity;

/**
 * Turns Xtext issues into plan diagnostics. A syntax error's range can start on the white space before the token
 * the parser stumbled on; the diagnostic points at the token itself, where a person looks for the mistake.
 */
final class IssuePositions {

	private final Path file;
	private final String text;
	private int[] lineStarts;

	IssuePositions(Path file, String text) {
		this.file = file;
		this.text = text;
	}

	String text() {
		return text;
	}

	PlanDiagnostic toDiagnostic(Issue issue) {
		Severity severity = switch (issue.getSeverity()) {
		case ERROR -> Severity.ERROR;
		case WARNING -> Severity.WARNING;
		default -> Severity.INFO;
		};
		Integer offset = issue.getOffset();
		Integer length = issue.getLength();
		if (offset == null || length == null || offset < 0 || offset > text.length()) {
			return new PlanDiagnostic(file, orZero(issue.getLineNumber()), orZero(issue.getColumn()),
					orZero(issue.getLineNumberEnd()), orZero(issue.getColumnEnd()), severity, issue.getMessage(),
					issue.getCode());
		}
		int end = Math.min(text.length(), offset + length);
		int start = offset;
		while (start < end && Character.isWhitespace(text.charAt(start))) {
			start++;
		}
		if (start == end) {
			start = offset;
		}
		int[] from = lineAndColumn(start);
		int[] to = lineAndColumn(Math.max(start, end));
		return new PlanDiagnostic(file, from[0], from[1], to[0], to[1], severity, issue.getMessage(),
				issue.getCode());
	}

	/** 1-based line and column of an offset; columns count characters, as editors do. */
	private int[] lineAndColumn(int offset) {
		if (lineStarts == null) {
			lineStarts = lineStartsOf(text);
		}
		int index = java.util.Arrays.binarySearch(lineStarts, offset);
		int line = index >= 0 ? index : -index - 2;
		return new int[] { line + 1, offset - lineStarts[line] + 1 };
	}

	private static int[] lineStartsOf(String text) {
		return java.util.stream.IntStream.concat(java.util.stream.IntStream.of(0),
				java.util.stream.IntStream.range(0, text.length()).filter(i -> text.charAt(i) == '\n').map(i -> i + 1))
				.toArray();
	}

	private static int orZero(Integer value) {
		return value == null ? 0 : value;
	}
}
