package org.itup.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.itup.dsl.load.PlanDiagnostic;

/**
 * Every diagnostic must lead a person to the problem: it names one of the plan files (or the folder they are in)
 * and, when it has a position, that position lies inside the file's text, with its end not before its start.
 */
final class DiagnosticPlacement {

	private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private final Path folder;
	private final Map<String, byte[]> files;

	DiagnosticPlacement(Path folder, Map<String, byte[]> files) {
		this.folder = folder;
		this.files = files;
	}

	void assertPlaced(List<PlanDiagnostic> diagnostics) {
		for (PlanDiagnostic diagnostic : diagnostics) {
			assertNotNull(diagnostic.severity(), diagnostic::toString);
			assertTrue(diagnostic.message() != null && !diagnostic.message().isBlank(), diagnostic::toString);
			Path file = diagnostic.file().toAbsolutePath().normalize();
			if (file.equals(folder)) {
				assertFalse(diagnostic.hasPosition(), () -> "a position in a folder: " + diagnostic);
				continue;
			}
			byte[] content = files.get(folder.relativize(file).toString());
			if (content == null) {
				fail("a diagnostic about a file that is not a plan file: " + diagnostic);
			}
			if (diagnostic.hasPosition()) {
				assertInside(diagnostic, lines(content));
			} else {
				assertTrue(diagnostic.column() == 0 && diagnostic.endLine() == 0, diagnostic::toString);
			}
		}
	}

	private static void assertInside(PlanDiagnostic diagnostic, String[] lines) {
		int line = diagnostic.line();
		int endLine = diagnostic.endLine();
		assertTrue(line <= lines.length && endLine >= line && endLine <= lines.length,
				() -> "lines outside the file's " + lines.length + ": " + diagnostic);
		assertTrue(diagnostic.column() >= 1 && diagnostic.column() <= lines[line - 1].length() + 1,
				() -> "column outside line " + line + ": " + diagnostic);
		assertTrue(diagnostic.endColumn() >= 1 && diagnostic.endColumn() <= lines[endLine - 1].length() + 1,
				() -> "end column outside line " + endLine + ": " + diagnostic);
		assertTrue(endLine > line || diagnostic.endColumn() >= diagnostic.column(),
				() -> "ends before it starts: " + diagnostic);
	}

	/** The lines as the loader counts them: after a byte order mark, ended by CR LF, LF or a lone CR. */
	private static String[] lines(byte[] content) {
		boolean bom = content.length >= 3 && Arrays.equals(content, 0, 3, BOM, 0, 3);
		String text = new String(content, bom ? 3 : 0, content.length - (bom ? 3 : 0), StandardCharsets.UTF_8);
		return text.split("\r\n|\r|\n", -1);
	}
}
