package org.itup.dsl.load;

import java.nio.file.Path;

/**
 * One finding about a plan file, with the position people and tools need to go to it. Lines and columns start at 1;
 * 0 means the finding is about the file (or path) as a whole.
 */
public record PlanDiagnostic(Path file, int line, int column, int endLine, int endColumn, Severity severity,
		String message, String code) {

	public enum Severity {
		ERROR, WARNING, INFO;

		public String label() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}
	}

	public static PlanDiagnostic aboutFile(Path file, Severity severity, String message, String code) {
		return new PlanDiagnostic(file, 0, 0, 0, 0, severity, message, code);
	}

	public boolean hasPosition() {
		return line > 0;
	}
}
