package org.itup.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.itup.test.support.RepositoryRoot;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code itup diff} of a plan that names its own levels (an NGO's programmes, aims, changes we expect and activities)
 * speaks the new plan's words in text, Markdown and HTML; only the JSON keeps the neutral kinds tools read.
 */
class DiffInPlanWordsTest {

	/** The words of another organisation's structure, which this plan's comparison must not use. */
	private static final Pattern ITU_WORDS = Pattern.compile("(?i)\\b(sectors?|objectives?|outcomes?|outputs?|enablers?)\\b");

	@TempDir
	static Path folders;

	static Path oldPlan;
	static Path newPlan;

	/** The NGO plan and a copy with an activity added and a hygiene aim now also serving goal 1. */
	@BeforeAll
	static void twoPlans() throws IOException {
		// the NGO plan the generator's vocabulary tests report on
		oldPlan = RepositoryRoot.path()
				.resolve("tests/org.itup.generator.tests/src/test/resources/org/itup/generator/tests/report/vocabulary/ngo");
		newPlan = Files.createDirectories(folders.resolve("new"));
		String text = Files.readString(oldPlan.resolve("plan.itup"));
		Files.writeString(newPlan.resolve("plan.itup"), text
				.replace("        service WASH.1-2 \"Water committees trained in pump maintenance\"\n",
						"        service WASH.1-2 \"Water committees trained in pump maintenance\"\n"
								+ "        service WASH.1-3 \"Spare parts stocked in every village\"\n")
				.replace("        primary goal 2\n        result HYG.1-a", "        primary goal 2\n        secondary goal 1\n"
						+ "        result HYG.1-a"));
	}

	@Test
	void textSaysActivitiesAndAims() {
		CliRun run = CliRun.of("diff", oldPlan.toString(), newPlan.toString());

		assertEquals(0, run.exitCode(), run::toString);
		assertTrue(run.out().contains("  activities: 1 added\n"), run::toString);
		assertTrue(run.out().contains("\nActivities\n  added WASH.1-3 \"Spare parts stocked in every village\"\n"),
				run::toString);
		assertTrue(run.out().contains("\nLinkage of aims with goals\n  HYG.1 x goal 1: none -> secondary\n"),
				run::toString);
		assertEquals(List.of(), itusWords(run.out()));
	}

	@Test
	void markdownAndPageSpeakThePlansWords() throws IOException {
		Path out = folders.resolve("out");
		for (String format : List.of("md", "html")) {
			CliRun run = CliRun.of("diff", oldPlan.toString(), newPlan.toString(), "--format", format, "-o",
					out.resolve("diff." + format).toString());
			assertEquals(0, run.exitCode(), run::toString);
		}
		String markdown = Files.readString(out.resolve("diff.md"));
		assertTrue(markdown.contains("## Activities\n"), markdown);
		assertTrue(markdown.contains("| Aim | Goal | Old | New |"), markdown);
		assertEquals(List.of(), itusWords(markdown));
		String page = Files.readString(out.resolve("diff.html"));
		assertTrue(page.contains("<th scope=\"row\">activities</th>"), page);
		assertTrue(page.contains("<th scope=\"col\">Aim</th>"), page);
		assertEquals(List.of(), itusWords(visibleText(page)));
	}

	@Test
	void jsonKeepsTheNeutralKinds() {
		CliRun run = CliRun.of("diff", oldPlan.toString(), newPlan.toString(), "--format", "json");

		assertEquals(0, run.exitCode(), run::toString);
		assertTrue(run.out().contains("\"kind\": \"output\""), run::toString);
	}

	/** The page's text as a reader meets it: no style, no tags, no attribute values (ids and classes are neutral). */
	private static String visibleText(String page) {
		return page.replaceAll("(?s)<style.*?</style>", " ").replaceAll("(?s)<[^>]*>", " ");
	}

	private static List<String> itusWords(String text) {
		Matcher words = ITU_WORDS.matcher(text);
		List<String> found = new java.util.ArrayList<>();
		while (words.find()) {
			int from = Math.max(0, words.start() - 30);
			found.add(text.substring(from, Math.min(text.length(), words.end() + 30)));
		}
		return found;
	}
}
