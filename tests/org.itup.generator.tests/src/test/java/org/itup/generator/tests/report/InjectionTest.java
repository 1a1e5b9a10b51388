package org.itup.generator.tests.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.itup.generator.GenerationOptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A plan whose every text field holds markup, quotes, ampersands, right-to-left Arabic, {@code ]]>} and
 * {@code </style>}: the report and diagrams show each text verbatim and no script of the plan ever runs.
 */
class InjectionTest {

	/** Texts of the injection plan, as the plan means them (after the string escapes of the .itup file). */
	private static final List<String> CORPUS = List.of(
			"<script>window.pwned='title'</script> & \"T\"",
			"</style><script>window.pwned='adopted'</script>",
			"<img src=x onerror=\"window.pwned='vision'\"> خطة الاتحاد الاستراتيجية",
			"]]> <![CDATA[ x ]]> 'single' \"double\" &amp; &lt;",
			"<svg onload=\"window.pwned='value'\"></svg>",
			"</title><script>window.pwned='description'</script>",
			"<script>window.pwned='target'</script> الهدف",
			"\"people\" & <them>",
			"<script>window.pwned='objective'</script> هدف",
			"<img src=x onerror=\"window.pwned='outcome'\">",
			"</text></svg><script>window.pwned='output'</script>",
			"<a href=\"javascript:window.pwned='activity'\">click</a>",
			"' onmouseover='window.pwned=1",
			"&#60;script&#62;",
			"<style>body{display:none}</style>",
			"\" onfocus=\"window.pwned='mitigation'\" autofocus=\"",
			"مخاطر & <ضعف>");

	@TempDir
	static Path output;

	private static Path report;
	@Browser
	private static ChromeDriver browser;

	@BeforeAll
	static void generate() throws Exception {
		report = GeneratedReport.write(GeneratedReport.resource("injection"), output);
	}

	@Test
	void htmlHasOnlyItsOwnScriptAndNoPlanMarkup() throws Exception {
		String html = Files.readString(report.resolve("index.html"), StandardCharsets.UTF_8);
		assertEquals(1, html.split("<script", -1).length - 1, "exactly one script element, the report's own");
		assertEquals(1, html.split("<style", -1).length - 1, "exactly one style element, the report's own");
		assertTrue(!html.contains("<img") && !html.contains("<svg onload") && !html.contains("<a href=\"javascript"),
				"plan markup reached the page unescaped");
	}

	@Test
	void browserShowsEveryTextVerbatimAndRunsNoPlanScript() {
		browser.get(report.resolve("index.html").toUri().toString());
		String text = (String) browser.executeScript("return document.body.textContent;");
		for (String injected : CORPUS) {
			assertTrue(text.contains(injected), () -> "not shown verbatim: " + injected);
		}
		assertEquals(CORPUS.get(0), browser.getTitle());
		assertNull(browser.executeScript("return window.pwned;"), "a script from the plan ran");
		assertEquals(List.of(), Chromium.severeConsoleMessages(browser));
		browser.findElements(By.cssSelector("a.node")).stream().limit(3).forEach(node -> browser
				.executeScript("arguments[0].dispatchEvent(new MouseEvent('mouseover', {bubbles: true}));", node));
		assertNull(browser.executeScript("return window.pwned;"), "a script from the plan ran");
	}

	@Test
	void svgDiagramsParseAndTheirTitlesHoldTheTextsVerbatim() throws Exception {
		for (String file : GeneratedReport.files(report)) {
			if (file.endsWith(".svg")) {
				SvgDocument svg = SvgDocument.parse(report.resolve(file));
				assertEquals(List.of(), svg.elements("script"), file);
				String titles = svg.elements("title").stream().map(title -> title.getTextContent())
						.collect(Collectors.joining("\n"));
				assertTrue(titles.contains("Objective S.1: <script>window.pwned='objective'</script> هدف"), file);
			}
		}
		String sector = SvgDocument.parse(report.resolve("diagrams/sector-S.svg")).elements("title").stream()
				.map(title -> title.getTextContent()).collect(Collectors.joining("\n"));
		assertTrue(sector.contains("Output S.1-1: </text></svg><script>window.pwned='output'</script>"));
		assertTrue(sector.contains("Outcome S.1-a: <img src=x onerror=\"window.pwned='outcome'\">"));
	}

	@Test
	void standaloneSvgInTheBrowserRunsNothing() {
		browser.get(report.resolve("diagrams/overall.svg").toUri().toString());
		assertNull(browser.executeScript("return window.pwned;"), "a script from the plan ran");
		assertEquals(List.of(), Chromium.severeConsoleMessages(browser));
	}

	/**
	 * The progress report of the plan with a monitoring file whose measurement unit and assessment hold markup too:
	 * the goal, target, sector, objective and assessment texts are shown verbatim, as are the chart's title and
	 * description, and the page has no script at all.
	 */
	@Test
	void theProgressReportShowsEveryTextVerbatimAndHasNoScript(@TempDir Path folder) throws Exception {
		Path plans = Files.createDirectories(folder.resolve("plans"));
		Files.copy(GeneratedReport.resource("injection").resolve("plan.itup"), plans.resolve("plan.itup"));
		String assessment = "<img src=x onerror=\"window.pwned='assessment'\"> تقييم";
		Files.writeString(plans.resolve("monitoring.itup"), "monitoring of inject\n"
				+ "measured 1.1 in 2025 value 2 \"<u>%</u>\" note \"<script>window.pwned='note'</script>\"\n"
				+ "measured 1.1 in 2026 value 3 \"<u>%</u>\"\n"
				+ "assessment S.1 in 2026 \"" + assessment.replace("\"", "\\\"") + "\"\n", StandardCharsets.UTF_8);
		Path written = GeneratedReport.write(plans, folder.resolve("out"),
				GenerationOptions.defaults().period("2026"));
		Path page = written.resolve("progress-2026.html");
		String html = Files.readString(page, StandardCharsets.UTF_8);
		assertEquals(0, html.split("<script", -1).length - 1, "the progress report has no script");
		assertEquals(1, html.split("<style", -1).length - 1, "exactly one style element, the report's own");
		assertTrue(!html.contains("<img") && !html.contains("<u>"), "plan markup reached the page unescaped");

		browser.get(page.toUri().toString());
		String text = (String) browser.executeScript("return document.body.textContent;");
		for (String injected : List.of("<script>window.pwned='goal'</script>",
				"<script>window.pwned='target'</script> الهدف", "</style>Sector <script>window.pwned='sector'</script>",
				"<script>window.pwned='objective'</script> هدف", assessment, "3 <u>%</u> in 2026")) {
			assertTrue(text.contains(injected), () -> "not shown verbatim: " + injected);
		}
		assertEquals("Progress in 2026: " + CORPUS.get(0), browser.getTitle());
		assertNull(browser.executeScript("return window.pwned;"), "a script from the plan ran");
		assertEquals(List.of(), Chromium.severeConsoleMessages(browser));
	}
}
