package org.itup.generator.tests.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.itup.dsl.load.PlanDiagnostic.Severity;
import org.itup.dsl.load.PlanLoader;
import org.itup.generator.check.CheckFormat;
import org.itup.generator.check.CheckReport;
import org.itup.generator.tests.Generation;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Two plans written for issue 13, not ITU's: a small NGO organised by programmes that reports quarterly, and an
 * agency organised by thematic priorities whose units contribute to each other's priorities and deliver products
 * and services. Checked and generated as the command line does it for a planner, each checks clean and its HTML
 * report (read in a real browser) and Markdown speak the plan's own words and none of the ITU plan's.
 */
class OwnVocabularyReportTest {

	/**
	 * The words that would betray the ITU plan's structure: its level words (every level is declared by both plans,
	 * so none may appear, in any number), its bureaux and sector kinds, and its names and reference frames (ITU,
	 * WSIS, its Table 3 of levels). Goal and target are kept: every results-based plan has goals and targets.
	 */
	private static final Pattern ITU_WORDS = Pattern.compile("(?i)\\b(sectors?|sectoral|inter-sectoral|secretariat"
			+ "|bureaux?|bureaus|objectives?|outcomes?|outputs?|enablers?|wsis|itu|table 3)\\b");

	@TempDir
	static Path folder;

	@Browser
	private static ChromeDriver browser;

	@ParameterizedTest
	@ValueSource(strings = { "ngo", "thematic" })
	void checksCleanAndCountsInItsOwnWords(String plan) {
		String[] run = check(plans(plan));
		assertEquals("0", run[0], () -> String.join("\n", run));
		assertTrue(run[1].endsWith("0 errors, 0 warnings, 0 infos\n"), run[1]);
		List<String> counts = plan.equals("ngo")
				? List.of("programmes:         2", "aims:               2", "changes we expect:  2",
						"activities:         4", "support functions:  1")
				: List.of("units:              2", "thematic priorities: 2", "expected results:   2",
						"products and services: 4", "corporate services: 1");
		counts.forEach(count -> assertTrue(run[1].contains("\n  " + count + "\n"), () -> count + " in\n" + run[1]));
		assertEquals(List.of(), itu(run[1]), run[1]);
	}

	@ParameterizedTest
	@ValueSource(strings = { "ngo", "thematic" })
	void itsReportSpeaksItsOwnWordsOnly(String plan) throws Exception {
		Path out = generate(plan);
		Chromium.open(browser, out.resolve("index.html"), "", "");
		String shown = (String) browser.executeScript("""
				let text = document.body.innerText;
				for (const element of document.querySelectorAll('[aria-label], [title], title, desc')) {
				  text += '\\n' + (element.getAttribute('aria-label') || '') + ' ' + (element.getAttribute('title') || '')
				      + ' ' + (element.localName === 'title' || element.localName === 'desc' ? element.textContent : '');
				}
				return text + '\\n' + document.title;""");
		assertEquals(List.of(), itu(shown));
		List<String> own = plan.equals("ngo")
				? List.of("Aims by programme", "Changes we expect of WASH.1", "Activities of HYG.1", "Programmes",
						"Support functions")
				: List.of("Thematic priorities by unit", "Expected results of TP.2", "Products and services of TP.1",
						"Thematic priority TP.1", "Corporate services");
		own.forEach(words -> assertTrue(shown.contains(words), () -> words + " is not in the report"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "ngo", "thematic" })
	void itsMarkdownSpeaksItsOwnWordsOnly(String plan) throws Exception {
		Path out = generate(plan);
		String markdown;
		try (var files = Files.list(out.resolve("markdown"))) {
			markdown = Files.readString(files.findFirst().orElseThrow(), StandardCharsets.UTF_8);
		}
		assertEquals(List.of(), itu(markdown));
		List<String> own = plan.equals("ngo")
				? List.of("## Aims by programme", "#### Aim WASH.1", "**Changes we expect**", "**Activities**",
						"| Programmes | Aims | Changes we expect | Activities |", "| Support functions |")
				: List.of("## Thematic priorities by unit", "#### Thematic priority TP.2", "**Expected results**",
						"**Products and services**", "## Linkage of thematic priorities with strategic goals");
		own.forEach(words -> assertTrue(markdown.contains(words), () -> words + " is not in:\n" + markdown));
	}

	private static Path generate(String plan) throws Exception {
		Path out = folder.resolve(plan + "-out");
		if (!Files.isDirectory(out)) {
			Generation.run(plans(plan), out, Generation.formats("html", "svg", "md"));
		}
		return out;
	}

	private static Path plans(String plan) {
		return GeneratedReport.resource("vocabulary/" + plan);
	}

	/** Each ITU word found, with the text around it, so a failure shows where it stands. */
	private static List<String> itu(String text) {
		List<String> found = new ArrayList<>();
		Matcher word = ITU_WORDS.matcher(text);
		while (word.find()) {
			found.add(word.group().toLowerCase(Locale.ROOT) + " in \"..."
					+ text.substring(Math.max(0, word.start() - 40), Math.min(text.length(), word.end() + 40)) + "...\"");
		}
		return found;
	}

	/**
	 * What {@code itup check PLANS} answers: its exit code (1 with errors), the report it prints, and nothing on
	 * standard error.
	 */
	private static String[] check(Path plans) {
		CheckReport report = CheckReport.of(PlanLoader.standalone().load(List.of(plans)), Path.of("").toAbsolutePath());
		return new String[] { report.hasAtLeast(Severity.ERROR) ? "1" : "0", CheckFormat.TEXT.render(report), "" };
	}
}
