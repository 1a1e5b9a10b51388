package org.itup.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * What a plan author sees for each kind of broken input: an error at the exact place, exit code 1, and never a
 * stack trace. Paths under the temporary folder are shown absolute because it is not under the working directory.
 */
class BadInputTest {

	@TempDir
	Path dir;

	@Test
	void syntaxErrorIsReportedAtTheUnexpectedToken() throws IOException {
		Path file = write("broken.itup", "plan demo\n\ngoal 1 \"G\" {\n    target 1.1 \"T\" {{\n}\n");

		CliRun run = checkFailing(file);

		assertFirstLine(run, file + ":4:21: error: ", "[org.eclipse.xtext.diagnostics.Diagnostic.Syntax]");
	}

	@Test
	void unresolvedGoalIsNamedWithItsPosition() throws IOException {
		Path file = write("unresolved.itup", """
				plan demo
				goal 1 "G" {}
				sector S {
				    objective S.1 {
				        primary goals 9
				    }
				}
				""");

		CliRun run = checkFailing(file);

		assertFirstLine(run, file + ":5:23: error: ", "[org.eclipse.xtext.diagnostics.Diagnostic.Linking]");
		String message = errorLines(run).get(0).toLowerCase(Locale.ROOT);
		assertTrue(message.contains("goal") && message.contains("'9'"), run::toString);
	}

	@Test
	void unresolvedGoalInJsonHasStartAndEnd() throws IOException {
		Path file = write("unresolved.itup", "plan demo\nsector S {\n  objective S.1 {\n    secondary goal 7\n  }\n}\n");

		CliRun run = CliRun.of("check", "--format=json", file.toString());

		assertEquals(1, run.exitCode(), run::toString);
		JsonObject diagnostic = JsonParser.parseString(run.out()).getAsJsonObject().getAsJsonArray("diagnostics")
				.asList().stream().map(JsonElement::getAsJsonObject)
				.filter(d -> d.get("code").getAsString().endsWith(".Linking")).findFirst().orElseThrow();
		assertEquals(file.toString(), diagnostic.get("file").getAsString());
		assertEquals(4, diagnostic.get("line").getAsInt());
		assertEquals(20, diagnostic.get("column").getAsInt());
		assertEquals(4, diagnostic.get("endLine").getAsInt());
		assertEquals(21, diagnostic.get("endColumn").getAsInt());
		assertEquals("error", diagnostic.get("severity").getAsString());
		assertEquals("org.eclipse.xtext.diagnostics.Diagnostic.Linking", diagnostic.get("code").getAsString());
	}

	@Test
	void duplicateCodeAcrossTwoFilesOfOnePlanIsAnErrorInBoth() throws IOException {
		Path first = write("a.itup", "plan dup\ngoal 1 \"A\" {}\n");
		Path second = write("b.itup", "plan dup\n\n  goal 1 \"B\" {}\n");

		CliRun run = checkFailing(dir);

		String[] lines = errorLines(run).toArray(String[]::new);
		assertTrue(lines[0].startsWith(first + ":2:6: error: "), run::toString);
		assertTrue(lines[0].endsWith("[org.itup.dsl.DuplicateCode]"), run::toString);
		assertTrue(lines[1].startsWith(second + ":3:8: error: "), run::toString);
		assertTrue(lines[1].endsWith("[org.itup.dsl.DuplicateCode]"), run::toString);
	}

	@Test
	void emptyFileIsAnError() throws IOException {
		Path file = write("empty.itup", "// nothing but a comment\n\n");

		CliRun run = checkFailing(file);

		assertFirstLine(run, file + ":1:1: error: ", "[org.itup.dsl.EmptyFile]");
	}

	@Test
	void missingPathIsAnErrorAboutThePath() {
		Path missing = dir.resolve("no-such-plan.itup");

		CliRun run = checkFailing(missing);

		assertFirstLine(run, missing + ": error: ", "[org.itup.dsl.NoPlanFiles]");
	}

	@Test
	void folderWithoutPlanFilesIsAnError() throws IOException {
		write("notes.txt", "not a plan\n");

		CliRun run = checkFailing(dir);

		assertFirstLine(run, dir + ": error: ", "[org.itup.dsl.NoPlanFiles]");
	}

	@Test
	void fileThatIsNotUtf8IsReportedAtTheBadByte() throws IOException {
		byte[] start = "plan demo\n// line 2\ngoal 2 \"a".getBytes(StandardCharsets.US_ASCII);
		byte[] bad = { (byte) 0xC3, (byte) 0x28 };
		byte[] end = "b\" {}\n".getBytes(StandardCharsets.US_ASCII);
		Path file = dir.resolve("latin.itup");
		Files.write(file, concat(start, bad, end));

		CliRun run = checkFailing(file);

		assertFirstLine(run, file + ":3:10: error: ", "[org.itup.dsl.NotUtf8]");
	}

	/** Escapes may not bring in what a raw byte could not: control characters, or half a surrogate pair. */
	@Test
	void escapesOfControlCharactersAndLoneSurrogatesAreErrorsAtTheirText() throws IOException {
		Path file = write("escapes.itup", "plan p \"T \\uD800 x\"\n"
				+ "goal 1 \"G \\u009b\" { target 1.1 \"t\\u0007\" { by 2027 qualitative } }\n");

		List<String> errors = errorLines(checkFailing(file));

		assertEquals(3, errors.size(), errors::toString);
		assertTrue(errors.get(0).startsWith(file + ":1:8: error: the text holds U+D800, half of a surrogate pair"),
				errors::toString);
		assertTrue(errors.get(1).startsWith(file + ":2:8: error: the text holds the control character U+009B"),
				errors::toString);
		assertTrue(errors.get(2).startsWith(file + ":2:32: error: the text holds the control character U+0007"),
				errors::toString);
	}

	/** Tabs, line breaks (as written, CR LF too, or escaped) and characters written as surrogate pairs stay text. */
	@Test
	void textsHoldTabsLineBreaksAndWholeSurrogatePairs() throws IOException {
		Path file = write("texts.itup", "plan p \"Title\r\nover two lines\"\r\n"
				+ "goal 1 \"a\\tb\\r\\n \\u00e9 \\uD83D\\uDE00\" { target 1.1 \"t\" { by 2027 qualitative } }\r\n");

		CliRun run = CliRun.of("check", file.toString());

		assertTrue(errorLines(run).isEmpty(), run::toString);
		assertTrue(run.out().contains("plan p \"Title over two lines\""), run::toString);
	}

	private static CliRun checkFailing(Path path) {
		CliRun run = CliRun.of("check", path.toString());
		assertEquals(ExitCode.ERRORS, run.exitCode(), run::toString);
		assertEquals("", run.err(), run::toString);
		assertTrue(run.out().contains("error, ") || run.out().contains("errors, "), run::toString);
		run.assertNoStackTrace();
		return run;
	}

	/** The error lines; these small plans also get warnings (a goal without targets), which are not the point. */
	private static List<String> errorLines(CliRun run) {
		return run.out().lines().filter(line -> line.contains(": error: ")).toList();
	}

	/** Checks position and code of the first error, not wording: messages are the language's to improve. */
	private static void assertFirstLine(CliRun run, String prefix, String code) {
		String first = errorLines(run).stream().findFirst().orElse("");
		assertTrue(first.startsWith(prefix) && first.endsWith(" " + code),
				() -> "expected the first line to start with\n" + prefix + "\nand end with " + code + "\n" + run);
	}

	private Path write(String name, String text) throws IOException {
		return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
	}

	private static byte[] concat(byte[]... parts) {
		int length = 0;
		for (byte[] part : parts) {
			length += part.length;
		}
		byte[] all = new byte[length];
		int at = 0;
		for (byte[] part : parts) {
			System.arraycopy(part, 0, all, at, part.length);
			at += part.length;
		}
		return all;
	}
}
