package org.itup.dsl.load;

import java.nio.file.Path;
import java.util.Optional;

import org.itup.dsl.load.PlanDiagnostic.Severity;
import org.itup.dsl.validation.IssueCodes;

/**
 * Finds the first control character in a plan file's text. A NUL or similar byte means the file is an image, an
 * archive or some other binary file given by mistake; the parser would report it as a baffling syntax error about an
 * invisible character, so the file gets one error at that place that says what is wrong.
 */
final class ControlCharacters {

	private ControlCharacters() {
	}

	static Optional<PlanDiagnostic> check(Path file, String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (isControl(c)) {
				LineStarts lines = LineStarts.of(text.subSequence(0, i + 1));
				int line = lines.line(i);
				int column = lines.column(i);
				String message = String.format("the file holds the control character U+%04X, so it looks like a binary"
						+ " file rather than plan text: check that this is the right file, or remove the character",
						(int) c);
				return Optional.of(new PlanDiagnostic(file, line, column, line, column + 1, Severity.ERROR, message,
						IssueCodes.NOT_TEXT));
			}
		}
		return Optional.empty();
	}

	/** Tabs and line ends are white space in plan files; every other C0 control and DEL is not text. */
	private static boolean isControl(char c) {
		return c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7F;
	}
}
