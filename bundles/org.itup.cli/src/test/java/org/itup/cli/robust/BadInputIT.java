package org.itup.cli.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Bad input of every kind met through the packaged command, in a process of its own: plans that check accepts but
 * generation crashed on, folders and files that the walk for plan files cannot or must not read, control characters
 * in texts and file names, and files that are not text where text is expected. Each ends with a finding or a usage
 * error that names the path, never an internal error, a hang or a screen rewritten by escape sequences.
 */
class BadInputIT {

	private static final long TIMEOUT_SECONDS = 120;
	private static final String ESC = "\u001b";
	private static final String GOAL = "goal 1 \"g\" { statement \"s\" target 1.1 \"t\" { by 2023 level 5 \"%\" } }\n";

	private static Path folder;

	@BeforeAll
	static void createFolder() throws IOException {
		folder = ItupJar.jar().getParent().resolve("bad-inputs");
		if (Files.exists(folder)) {
			try (Stream<Path> old = Files.walk(folder)) {
				old.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
			}
		}
		Files.createDirectories(folder);
	}

	@Test
	void anObjectiveWithNeitherTitleNorStatementIsGeneratedInEveryFormat() throws Exception {
		write("untitled/p.itup", "plan p \"T\"\nperiod 2020 to 2023\nsectors S\n" + GOAL
				+ "sector S \"s\" { objective O { primary goal 1 outcome O-a \"a\" output O-1 \"b\" }"
				+ " enabler E \"e\" { supports all } }\n");

		assertEquals(0, run("check", "untitled").exitCode());
		ItupJar.Result generate = ItupJar.run(folder, logs("untitled-generate"), TIMEOUT_SECONDS, "generate",
				"untitled", "-o", "untitled-out");

		generate.assertNoCrash();
		assertEquals(0, generate.exitCode(), generate::toString);
	}

	@Test
	void aControlCharacterWrittenAsAnEscapeIsASyntaxErrorAndNeverReachesTheTerminal() throws Exception {
		write("escape/p.itup", "plan t \"Title \\u001b]0;OWNED\\u0007\\u001b[31mred\"\n" + GOAL);

		ItupJar.Result run = run("check", "escape");

		assertEquals(1, run.exitCode(), run::toString);
		assertTrue(run.out().contains("escape/p.itup:1:8: error: the text holds the control character U+001B, written"
				+ " as an escape"), run::toString);
		assertFalse(run.out().contains(ESC) || run.out().contains("\u0007"), run::toString);
	}

	@Test
	void fileNamesWithControlCharactersCannotForgeDiagnosticLines() throws Exception {
		write("names/a" + ESC + "[31m.itup", "plan a \"A\"\ngoal 1 \"G\" { targte }\n");
		write("names/b\nnames/forged.itup:1:1: error: forged.itup", "plan b \"B\"\ngoal 1 \"G\" { targte }\n");

		ItupJar.Result run = run("check", "names");

		assertEquals(1, run.exitCode(), run::toString);
		assertFalse(run.out().contains(ESC), run::toString);
		assertTrue(run.out().contains("names/a\\u001B[31m.itup:2:14: error: "), run::toString);
		assertFalse(run.out().lines().anyMatch(line -> line.startsWith("names/forged.itup")), run::toString);
		assertTrue(run.out().contains("names/b\\u000Anames/forged.itup:1:1: error: forged.itup:2:14: error: "),
				run::toString);
	}

	@Test
	void anUnreadableFolderIsAnErrorNamingIt() throws Exception {
		write("locked/open/p.itup", "plan p \"P\"\n" + GOAL);
		Path locked = write("locked/shut/q.itup", "plan q \"Q\"\n" + GOAL).getParent();
		Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));

		// root reads every folder whatever its permissions: the command runs as an unprivileged user
		ItupJar.Result run = ItupJar.run(unprivileged(), folder, logs("locked"), TIMEOUT_SECONDS, "check", "locked");

		run.assertNoCrash();
		assertEquals(1, run.exitCode(), run::toString);
		assertTrue(run.out().contains("locked/shut: error: cannot search this folder: permission denied"),
				run::toString);
		assertTrue(run.out().contains("\nplan p \"P\"\n"), run::toString);
	}

	@Test
	void pipesDevicesAndLinksOutOfTheFolderAreNotRead() throws Exception {
		write("special/p.itup", "plan p \"P\"\n" + GOAL);
		Path fifo = folder.resolve("special/pipe.itup");
		assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start().waitFor());
		Files.createSymbolicLink(folder.resolve("special/zero.itup"), Path.of("/dev/zero"));
		Files.createSymbolicLink(folder.resolve("special/loop"), Path.of("."));

		ItupJar.Result walked = run("check", "special");
		ItupJar.Result named = run("check", "special/pipe.itup", "special/zero.itup");

		assertEquals(1, walked.exitCode(), walked::toString);
		assertTrue(walked.out().contains("special/pipe.itup: error: not a regular file"), walked::toString);
		assertTrue(walked.out().contains("special/zero.itup: warning: skipped: the link leads out of the plan"
				+ " folder, to /dev/zero"), walked::toString);
		assertTrue(walked.out().contains("\nplan p \"P\"\n  files:              1\n"), walked::toString);
		assertEquals(1, named.exitCode(), named::toString);
		assertTrue(named.out().contains("special/pipe.itup: error: not a regular file"), named::toString);
		assertTrue(named.out().contains("special/zero.itup: error: not a regular file"), named::toString);
	}

	@Test
	void aBinaryRuleSettingsFileIsNamedAsNotText() throws Exception {
		write("rules/p.itup", "plan p \"P\"\n" + GOAL);
		Files.write(folder.resolve("rules/itup-rules.properties"),
				new byte[] { 'a', '\n', (byte) 0x89, 'P', 'N', 'G', 0, 1, 2 });

		ItupJar.Result run = run("check", "rules");

		assertEquals(1, run.exitCode(), run::toString);
		assertTrue(run.out().contains("rules/itup-rules.properties:2:1: error: the rule settings are not text: the file"
				+ " is not UTF-8 text (byte 0x89 at offset 2)"), run::toString);
	}

	@Test
	void sdgTitlesThatAreNotUtf8AreAUsageErrorNamingTheFileAndByte() throws Exception {
		write("sdg-plan/p.itup", "plan p \"P\"\n" + GOAL);
		Path titles = folder.resolve("sdg-titles/global_goals.yml");
		Files.createDirectories(titles.getParent());
		Files.write(titles, "9-short: \"Caf\u00e9\"\n".getBytes(StandardCharsets.ISO_8859_1));

		ItupJar.Result run = ItupJar.run(folder, logs("sdg"), TIMEOUT_SECONDS, "generate", "sdg-plan", "-o",
				"sdg-out", "--formats", "html", "--sdg-titles", "sdg-titles");

		// a usage error ends with the usage text, which lists exit code 3 (internal error) among the others
		assertFalse(run.err().contains("itup: internal error") || run.err().contains("Exception"), run::toString);
		assertEquals(2, run.exitCode(), run::toString);
		assertTrue(run.err().contains("itup: --sdg-titles: the SDG titles sdg-titles/global_goals.yml are not UTF-8 text (byte 0xE9"
				+ " at offset 13)"), run::toString);
	}

	@Test
	void aMistypedSdgTitlesFolderIsAUsageErrorNamingIt() throws Exception {
		write("typo-plan/p.itup", "plan p \"P\"\n" + GOAL);

		ItupJar.Result run = ItupJar.run(folder, logs("sdg-typo"), TIMEOUT_SECONDS, "generate", "typo-plan", "-o",
				"typo-out", "--sdg-titles", "sdg-titels");

		assertEquals(2, run.exitCode(), run::toString);
		assertTrue(run.err().startsWith("itup: --sdg-titles: no such folder: sdg-titels\n"), run::toString);
		assertFalse(Files.exists(folder.resolve("typo-out")), run::toString);
	}

	@Test
	void aMegabyteTokenIsQuotedByItsStartOnly() throws Exception {
		write("long-token/p.itup", "plan l \"L\"\ngoal 1 \"G\" { " + "x".repeat(1 << 20) + " }\n");

		ItupJar.Result run = run("check", "long-token");

		assertEquals(1, run.exitCode(), run::toString);
		String error = run.out().lines().filter(line -> line.contains(": error: ")).findFirst().orElseThrow();
		assertTrue(error.startsWith("long-token/p.itup:2:14: error: `" + "x".repeat(40) + "...` cannot stand in a goal"),
				error.substring(0, Math.min(error.length(), 300)));
		assertTrue(error.length() < 300, () -> "a line of " + error.length() + " characters");
	}

	@Test
	void findingsInAFileWithCarriageReturnLineEndsAreOnTheirLines() throws Exception {
		write("cr/p.itup", "plan c \"C\"\rgoal 1 \"G\" {\r  targte 1.1\r}\r");

		ItupJar.Result run = run("check", "cr");

		assertEquals(1, run.exitCode(), run::toString);
		assertTrue(run.out().contains("cr/p.itup:3:3: error: "), run::toString);
		assertTrue(run.out().contains("cr/p.itup:2:6: warning: The goal '1' has no target"), run::toString);
	}

	private static ItupJar.Result run(String... args) throws Exception {
		ItupJar.Result run = ItupJar.run(folder, logs(args[1]), TIMEOUT_SECONDS, args);
		assertEquals("", run.err(), run::toString);
		run.assertNoCrash();
		return run;
	}

	private static List<String> unprivileged() {
		if (!"root".equals(System.getProperty("user.name"))) {
			return List.of();
		}
		return List.of("setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups");
	}

	private static Path logs(String name) {
		return folder.resolve("logs").resolve(name.replaceAll("[^A-Za-z0-9-]", "_"));
	}

	private static Path write(String name, String text) throws IOException {
		Path file = folder.resolve(name);
		Files.createDirectories(file.getParent());
		return Files.writeString(file, text, StandardCharsets.UTF_8);
	}
}
