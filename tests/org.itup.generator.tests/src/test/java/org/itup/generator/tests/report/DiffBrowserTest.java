package org.itup.generator.tests.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.itup.generator.OutputFolder;
import org.itup.generator.diff.DiffFormat;
import org.itup.generator.tests.PlanDiffs;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The comparison page of the ITU example against a revision of it (R.1's link to goal 5 made primary, target 1.1
 * raised, output R.3-3 retired, output R.3-5 added) in a real headless Chromium: it loads without console errors or
 * any request, axe-core finds nothing serious, the changed cell of the linkage matrix says old and new in words, and
 * the results-chain diagram marks the changed elements by outline and word, lists the removed one, and leads from a
 * marked node to its change.
 */
class DiffBrowserTest {

	@TempDir
	static Path folder;

	private static Path page;
	@Browser
	private static ChromeDriver browser;

	@BeforeAll
	static void writePage() throws IOException {
		Path revised = folder.resolve("revised");
		Files.createDirectories(revised);
		try (var files = Files.list(TestFolders.ituExample())) {
			for (Path file : files.toList()) {
				Files.copy(file, revised.resolve(file.getFileName().toString()));
			}
		}
		replace(revised.resolve("itu-r.itup"), "        primary goals 1, 2, 3, 4\n        secondary goal 5\n",
				"        primary goals 1, 2, 3, 4, 5\n");
		replace(revised.resolve("plan.itup"), "        level 65 \"%\"\n", "        level 70 \"%\"\n");
		replace(revised.resolve("itu-r.itup"), "        output R.3-3 \"Liaison/support to development activities\"\n"
				+ "        output R.3-4 \"Seminars, workshops and other events\"\n",
				"        output R.3-4 \"Seminars, workshops and other events\"\n"
						+ "        output R.3-5 \"Regional radiocommunication forums\"\n");
		page = folder.resolve("diff.html");
		// what `itup diff OLD NEW --format html -o FILE` writes
		new OutputFolder(folder).write(page.getFileName().toString(),
				PlanDiffs.render(DiffFormat.HTML, TestFolders.ituExample(), revised));
		Chromium.open(browser, page, "?load=1", "");
	}

	@Test
	void loadsWithoutConsoleErrorsOrRequests() {
		assertEquals("What changed: itu2020 to itu2020", browser.getTitle());
		assertEquals(List.of(), Chromium.severeConsoleMessages(browser));
		assertEquals(0L, browser.executeScript("return performance.getEntriesByType('resource').length"));
	}

	@Test
	void theChangedCellSaysOldAndNewInWords() {
		List<String> changed = browser.findElements(By.cssSelector("table.matrix td.changed")).stream()
				.map(cell -> cell.getText().strip()).toList();
		assertEquals(List.of("secondary \u2192 primary"), changed);
		assertTrue(browser.findElement(By.cssSelector("table.matrix td.changed .was")).getCssValue("text-decoration")
				.contains("line-through"), "the old link is struck through, not only coloured");
	}

	@Test
	void axeCoreFindsNoSeriousOrCriticalViolation() throws IOException {
		assertEquals(List.of(), AxeCore.seriousViolations(browser, "{resultTypes: ['violations']}"));
	}

	@Test
	void theDiagramMarksEachChangedElementByOutlineAndWord() {
		List<String> marked = browser.findElements(By.cssSelector("#diagram-changes .node[data-mark]")).stream()
				.map(node -> node.getAttribute("data-code") + " " + node.getAttribute("data-mark")).sorted().toList();
		assertEquals(List.of("1.1 changed", "R.1 changed", "R.3-5 added"), marked);
		WebElement added = browser.findElement(By.cssSelector("#diagram-changes .node[data-code='R.3-5']"));
		assertTrue(added.getAttribute("aria-label").endsWith("(output, added)"), added.getAttribute("aria-label"));
		assertEquals(2, added.findElements(By.cssSelector("rect.mark")).size(), "an added node has a double outline");
		assertEquals("+ added", added.findElement(By.cssSelector(".mark-tag text")).getText());
		assertEquals("6 3", browser.findElement(By.cssSelector("#diagram-changes .node[data-code='1.1'] rect.mark"))
				.getAttribute("stroke-dasharray"), "a changed node has a dashed outline");
		List<String> legend = browser.findElements(By.cssSelector("#diagram-changes .legend-entry text")).stream()
				.map(WebElement::getText).toList();
		assertTrue(legend.contains("+ added: new in this plan (double outline)"), legend::toString);
		assertTrue(legend.contains("\u0394 changed: values, code or links changed, or split or merged (dashed outline)"), legend::toString);
	}

	@Test
	void anUnchangedNodeIsANamedImageNotALink() {
		WebElement unchanged = browser.findElement(By.cssSelector("#diagram-changes .node[data-code='R.2']"));
		assertEquals("g", unchanged.getTagName());
		assertEquals("img", unchanged.getAttribute("role"));
	}

	@Test
	void theRemovedOutputIsListedAndEveryMarkLeadsToItsChange() {
		assertEquals(List.of("output R.3-3 \"Liaison/support to development activities\""),
				browser.findElements(By.cssSelector("#chain ul.removed a")).stream().map(WebElement::getText).toList());
		for (WebElement link : browser.findElements(By.cssSelector("#diagram-changes a.node, #chain ul.removed a"))) {
			String target = link.getDomAttribute("href").replaceFirst(".*#", "");
			assertEquals(1, browser.findElements(By.id(target)).size(), () -> "no element with id " + target);
		}
		String target = browser.findElement(By.cssSelector("#diagram-changes a.node[data-code='R.3-5']"))
				.getDomAttribute("href").replaceFirst(".*#", "");
		assertTrue(browser.findElement(By.id(target)).getText().contains("R.3-5 \"Regional radiocommunication forums\""),
				target);
	}

	private static void replace(Path file, String what, String by) throws IOException {
		String text = Files.readString(file);
		assertTrue(text.contains(what), () -> file + " lacks " + what);
		Files.writeString(file, text.replace(what, by));
	}
}
