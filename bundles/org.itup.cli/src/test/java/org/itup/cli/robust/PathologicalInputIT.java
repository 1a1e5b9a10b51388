package org.itup.cli.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Inputs that break naive tools, each checked by the packaged command line in a process of its own with a 512 MB
 * heap: every one ends within its time with the exit code the documentation gives, sentences a planner understands
 * at the file, line and column concerned, and never a stack trace or an out-of-memory crash. The files are generated
 * into {@code target/pathological-inputs}, not committed.
 */
class PathologicalInputIT {

	private static final long TIMEOUT_SECONDS = 120;
	/** The 20 MB plan takes about half a minute on two cores; the margin is for a loaded build machine. */
	private static final long LARGE_TIMEOUT_SECONDS = 600;
	private static final int MEGABYTE = 1 << 20;
	/** docs/validation.md: findings of one rule listed per file. */
	private static final int FINDINGS_PER_RULE = 100;

	private static Path folder;

	@BeforeAll
	static void createFolder() throws IOException {
		folder = ItupJar.jar().getParent().resolve("pathological-inputs");
		Files.createDirectories(folder);
	}

	@Test
	void multiMegabyteStringIsText() throws Exception {
		write("long-string/plan.itup", "plan p \"P\"\nvision \"" + "Connect the world. ".repeat(200_000) + "\"\n"
				+ "goal 1 \"Growth\" {\n    target 1.1 \"More\" { by 2027 qualitative }\n}\n");

		ItupJar.Result run = check(TIMEOUT_SECONDS, "long-string");

		assertEquals(0, run.exitCode(), run::toString);
		assertTrue(run.out().contains("\nplan p \"P\"\n"), run::toString);
	}

	@Test
	void twentyMegabytePlanIsChecked() throws Exception {
		write("large/plan.itup", LargePlanText.of("large", 20 * MEGABYTE));

		ItupJar.Result run = check(LARGE_TIMEOUT_SECONDS, "large");

		assertEquals(0, run.exitCode(), run::toString);
		assertTrue(run.out().contains("\n  goals:              20\n"), run::toString);
		assertTrue(run.out().endsWith("0 errors, 0 warnings, 0 infos\n"), run::toString);
	}

	@Test
	void thousandsOfSectorsStatingOneOutputGetSixNotesEach() throws Exception {
		StringBuilder plan = new StringBuilder("plan same \"Same\"\ngoal 1 \"Growth\" {\n    target 1.1 \"More\" { "
				+ "by 2027 qualitative }\n}\n");
		int sectors = 3000;
		for (int sector = 1; sector <= sectors; sector++) {
			plan.append("sector S%1$d { objective S%1$d.1 { primary goal 1 output S%1$d.1-1 \"Regulations\" } }\n"
					.formatted(sector));
		}
		write("same/plan.itup", plan.toString());

		ItupJar.Result run = check(TIMEOUT_SECONDS, "same");

		// every pair of the 3,000 outputs overlaps: five are named per output, the others counted in one note; of
		// those 18,000 notes in one file, the first 100 are listed and one more says how many are left out
		assertTrue(run.out().contains("The output 'S1.1-1' also reads nearly like " + (sectors - 6) + " more "),
				run::toString);
		assertEquals(FINDINGS_PER_RULE + 1,
				run.out().lines().filter(line -> line.endsWith("[org.itup.dsl.Overlap]")).count());
		assertTrue(run.out().contains(": info: " + (sectors * 6 - FINDINGS_PER_RULE) + " more findings of this rule "
				+ "(org.itup.dsl.Overlap) in this file, from here on, are not listed"), run::toString);
	}

	@Test
	void aHundredThousandUnresolvedReferencesAreListedAHundredTimesThenCounted() throws Exception {
		int references = 100_000;
		StringBuilder goals = new StringBuilder("1");
		for (int reference = 0; reference < references; reference++) {
			goals.append(", G").append(100 + reference % 7);
		}
		write("unresolved/plan.itup", "plan u \"U\"\nperiod 2020 to 2023\ngoal 1 \"G\" {\n    target 1.1 \"T\" { by "
				+ "2023 qualitative }\n}\nsector S \"S\" {\n    objective S.1 \"O\" {\n        primary goals " + goals
				+ "\n    }\n}\n");

		// each unresolved reference used to cost a walk of all the errors found before it: quadratic in them
		ItupJar.Result run = check(TIMEOUT_SECONDS, "unresolved");

		assertEquals(1, run.exitCode(), run::toString);
		assertEquals(FINDINGS_PER_RULE + 1, run.out().lines().filter(line -> line.endsWith(".Linking]")).count(),
				run::toString);
		assertTrue(run.out().contains(": error: " + (references - FINDINGS_PER_RULE) + " more findings of this rule"),
				run::toString);
	}

	@Test
	void aRuleBrokenThousandsOfTimesInOneFileIsListedAHundredTimesThenCounted() throws Exception {
		StringBuilder plan = new StringBuilder("plan many \"Many\"\nperiod 2020 to 2023\ngoal 1 \"Growth\" {\n");
		int targets = 5000;
		for (int target = 1; target <= targets; target++) {
			plan.append("    target 1.%d \"More\" { by 2030 qualitative }\n".formatted(target));
		}
		write("many/plan.itup", plan.append("}\n").toString());
		write("many-ignored/plan.itup", plan.toString());
		write("many-ignored/itup-rules.properties", "org.itup.dsl.DeadlineOutsidePeriod = ignore\n");

		ItupJar.Result run = check(TIMEOUT_SECONDS, "many");
		ItupJar.Result ignored = check(TIMEOUT_SECONDS, "many-ignored");

		// each target is due after the period: 100 errors at their targets, then one at the 101st target counting
		// the rest; the settings file's ignore applies to that one too
		assertEquals(1, run.exitCode(), run::toString);
		List<String> errors = run.out().lines().filter(line -> line.endsWith("[org.itup.dsl.DeadlineOutsidePeriod]"))
				.toList();
		assertEquals(FINDINGS_PER_RULE + 1, errors.size(), run::toString);
		assertTrue(errors.get(0).startsWith("many/plan.itup:4:"), errors.get(0));
		assertTrue(errors.get(FINDINGS_PER_RULE).startsWith("many/plan.itup:" + (FINDINGS_PER_RULE + 4)
				+ ":30: error: " + (targets - FINDINGS_PER_RULE) + " more findings of this rule"),
				errors.get(FINDINGS_PER_RULE));
		assertEquals(0, ignored.exitCode(), ignored::toString);
		assertTrue(ignored.out().lines().noneMatch(line -> line.contains("DeadlineOutsidePeriod")), ignored::toString);
	}

	@Test
	void mistakeAtTheEndOfAMultiMegabyteLineIsFoundAtItsColumn() throws Exception {
		StringBuilder line = new StringBuilder("plan p \"P\" goal 1 \"Growth\" { target 1.1 \"More\" }");
		for (int criterion = 1; line.length() < 3 * MEGABYTE; criterion++) {
			line.append(" criterion \"Criterion ").append(criterion).append('"');
		}
		int column = line.length() + 15;
		write("long-line/plan.itup", line + " goal 2 \"G\" { targte 2.1 }\n");

		ItupJar.Result run = check(TIMEOUT_SECONDS, "long-line");

		assertEquals(1, run.exitCode(), run::toString);
		assertTrue(run.out().lines().anyMatch(diagnostic -> diagnostic.startsWith("long-line/plan.itup:1:" + column
				+ ": error: ") && diagnostic.endsWith("[org.eclipse.xtext.diagnostics.Diagnostic.Syntax]")), run::toString);
	}

	@Test
	void brokenFilesGetAnErrorWhereTheyBreak() throws Exception {
		int depth = 50_000;
		write("broken/deep.itup", "plan deep\n" + "criterion \"c\" {\n".repeat(depth) + "}\n".repeat(depth));
		Files.write(folder.resolve("broken/image.itup"), png());
		write("broken/nul.itup", "plan nul\ngoal 1 \"G\" {\0}\n");
		Files.write(folder.resolve("broken/latin1.itup"),
				"plan latin\ngoal 1 \"Caf\u00e9\" {}\n".getBytes(StandardCharsets.ISO_8859_1));
		write("broken/self.itup", "plan self\nimport self\n");
		write("broken/mutual-a.itup", "plan a\nimport b\n");
		write("broken/mutual-b.itup", "plan b\nimport a\n");

		ItupJar.Result run = check(TIMEOUT_SECONDS, "broken");

		assertEquals(1, run.exitCode(), run::toString);
		assertError(run, "deep.itup:50001:15: error: blocks are nested 50,000 levels deep here", "TooDeep");
		assertError(run, "image.itup:1:1: error: the file is not UTF-8 text (byte 0x89 at offset 0)", "NotUtf8");
		assertError(run, "nul.itup:2:13: error: the file holds the control character U+0000", "NotText");
		assertError(run, "latin1.itup:2:12: error: the file is not UTF-8 text (byte 0xE9", "NotUtf8");
		assertError(run, "self.itup:2:8: error: The plan 'self' imports 'self'", "CyclicImport");
		assertError(run, "mutual-a.itup:2:8: error: The plan 'a' imports 'b', which imports it back", "CyclicImport");
		assertError(run, "mutual-b.itup:2:8: error: The plan 'b' imports 'a', which imports it back", "CyclicImport");
	}

	private ItupJar.Result check(long timeoutSeconds, String path) throws Exception {
		ItupJar.Result run = ItupJar.run(folder, folder.resolve("logs").resolve(path), timeoutSeconds, "check", path);
		assertEquals("", run.err(), run::toString);
		run.assertNoCrash();
		return run;
	}

	private static void assertError(ItupJar.Result run, String start, String code) {
		assertTrue(run.out().lines().anyMatch(line -> line.startsWith("broken/" + start)
				&& line.endsWith(" [org.itup.dsl." + code + "]")), () -> "no line 'broken/" + start + "... [" + code
						+ "]' in:\n" + run);
	}

	private static Path write(String name, String text) throws IOException {
		Path file = folder.resolve(name);
		Files.createDirectories(file.getParent());
		return Files.writeString(file, text, StandardCharsets.UTF_8);
	}

	/** The start of a PNG image: its signature and header chunk, then bytes of every value. */
	private static byte[] png() {
		byte[] signature = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' };
		byte[] image = new byte[signature.length + 4096];
		System.arraycopy(signature, 0, image, 0, signature.length);
		for (int i = signature.length; i < image.length; i++) {
			image[i] = (byte) i;
		}
		return image;
	}
}
