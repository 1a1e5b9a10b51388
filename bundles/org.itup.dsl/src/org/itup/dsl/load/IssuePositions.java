package org.itup.dsl.load;

import java.nio.file.Path;
import java.util.regex.Pattern;

import org.eclipse.xtext.validation.Issue;
import org.itup.dsl.parser.PlanSyntaxErrorMessages;
import org.itup.dsl.load.PlanDiagnostic.Severity;

/**
 * Turns Xtext issues into plan diagnostics. A syntax error's range can start on the white space before the token
 * the parser stumbled on; the diagnostic points at the token itself, where a person looks for the mistake.
 */
final class IssuePositions {

	/**
	 * A run of over 60 characters without a space is a pasted or runaway token, not a word; its first 40 are kept.
	 * (Syntax errors already quote a long token shortened, a few characters over 40, which this leaves alone.)
	 */
	private static final Pattern LONG_TOKEN = Pattern.compile("(\\S{" + PlanSyntaxErrorMessages.QUOTED_TOKEN_LENGTH
			+ "})\\S{21,}");

	private final Path file;
	private final String text;
	private LineStarts lineStarts;

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
		String message = shortened(issue.getMessage());
		Integer offset = issue.getOffset();
		Integer length = issue.getLength();
		if (offset == null || length == null || offset < 0 || offset > text.length()) {
			return new PlanDiagnostic(file, orZero(issue.getLineNumber()), orZero(issue.getColumn()),
					orZero(issue.getLineNumberEnd()), orZero(issue.getColumnEnd()), severity, message,
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
		return new PlanDiagnostic(file, from[0], from[1], to[0], to[1], severity, message,
				issue.getCode());
	}

	/** 1-based line and column of an offset. */
	private int[] lineAndColumn(int offset) {
		if (lineStarts == null) {
			lineStarts = LineStarts.of(text);
		}
		return new int[] { lineStarts.line(offset), lineStarts.column(offset) };
	}

	/**
	 * A message quotes what it is about; a megabyte-long token (a pasted blob, a string left open) would be quoted
	 * whole, in one line of the report, so it is cut to its start.
	 */
	static String shortened(String message) {
		return message == null ? null : LONG_TOKEN.matcher(message).replaceAll("$1...");
	}

	private static int orZero(Integer value) {
		return value == null ? 0 : value;
	}
}
