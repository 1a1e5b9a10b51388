package org.itup.generator.tests.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/** The ITU example's report in a real headless Chromium: it loads cleanly, the matrix is Table 3, diagrams react. */
class ReportBrowserTest {

	/** Table 3 of Annex 1 to Resolution 71: P primary, S secondary, a dot for no link, goals 1 to 5. */
	private static final List<String> TABLE_3 = List.of(
			"R.1 PPPPS", "R.2 PPSPS", "R.3 SPSSS",
			"T.1 PSSSS", "T.2 SP.S.", "T.3 PSSSS", "T.4 SPSSS", "T.5 SSSSP",
			"D.1 SPSSP", "D.2 PSSSS", "D.3 SSPPS", "D.4 SPSSS",
			"I.1 SSSSP", "I.2 S.SPS", "I.3 SP.SS", "I.4 SP..S", "I.5 S.PSS", "I.6 SSSSP");

	@TempDir
	static Path output;

	private static Path report;
	@Browser
	private static ChromeDriver browser;
	private static int loads;

	@BeforeAll
	static void openReport() throws Exception {
		report = GeneratedReport.write(TestFolders.ituExample(), output);
	}

	/**
	 * Opens the report afresh for each test. Each load gets a query string of its own and the test waits until that
	 * very document is complete: reloading the same address could let the driver return while the previous
	 * document was still the current one, and a loaded machine then found no table rows in a page being replaced.
	 */
	@BeforeEach
	void load() {
		Chromium.open(browser, report.resolve("index.html"), "?load=" + ++loads, "");
	}

	@Test
	void loadsWithoutConsoleErrors() {
		assertEquals("ITU strategic plan for 2020-2023", browser.getTitle());
		assertTrue(browser.findElement(By.id("diagram-controls")).isDisplayed(), "the script ran and showed the controls");
		assertEquals(List.of(), Chromium.severeConsoleMessages(browser));
	}

	@Test
	void linkageMatrixIsTable3() {
		List<WebElement> rows = browser.findElements(By.cssSelector("#linkage-matrix-table tbody tr"));
		List<String> cells = rows.stream().map(ReportBrowserTest::row).toList();
		assertEquals(TABLE_3, cells);
		assertEquals(5, browser.findElements(By.cssSelector("#linkage-matrix-table thead th[scope=col]")).size() - 1);
	}

	@Test
	void clickingANodeHighlightsItsChain() {
		WebElement t2 = node("overall", "objective-T.2");
		scrollTo(t2);
		t2.click();
		assertTrue(classes(t2).contains("selected"));
		for (String key : List.of("goal-1", "goal-2", "goal-4", "enabler-TSB-2")) {
			assertTrue(classes(node("overall", key)).contains("in-chain"), key + " is in the chain of T.2");
		}
		for (String key : List.of("output-T.2-1", "outcome-T.2-a")) {
			assertTrue(classes(node("sector-ITU-T", key)).contains("in-chain"), key + " is in the chain of T.2");
		}
		for (String key : List.of("goal-3", "goal-5", "objective-R.1", "enabler-TSB-1")) {
			assertFalse(classes(node("overall", key)).contains("in-chain"), key + " is not in the chain of T.2");
		}
		assertFalse(classes(node("sector-ITU-T", "output-T.1-1")).contains("in-chain"));
		assertTrue(browser.findElement(By.id("chain-status")).getText().startsWith("Objective T.2"));
		assertEquals(List.of(), Chromium.severeConsoleMessages(browser));
	}

	@Test
	void enterOnAFocusedNodeHighlightsToo() {
		WebElement enabler = node("overall", "enabler-BR-1");
		scrollTo(enabler);
		enabler.sendKeys(Keys.ENTER);
		assertTrue(classes(enabler).contains("selected"));
		assertTrue(classes(node("overall", "objective-R.1")).contains("in-chain"));
		assertTrue(classes(node("overall", "goal-1")).contains("in-chain"));
	}

	/** Other sectors' boxes are dimmed where they stand, so the layout keeps no holes, and leave the tab order. */
	@Test
	void sectorFilterDimsTheOtherSectors() {
		WebElement t1 = node("overall", "objective-T.1");
		var placeBefore = t1.getRect();
		new Select(browser.findElement(By.id("sector-filter"))).selectByValue("ITU-R");
		assertEquals(1.0, opacity(node("overall", "objective-R.1")));
		assertEquals(1.0, opacity(node("overall", "goal-1")), "goals belong to every sector");
		for (String key : List.of("objective-T.1", "enabler-BDT-1", "objective-I.1", "enabler-TSB-1")) {
			assertTrue(opacity(node("overall", key)) < 0.5, key + " is dimmed");
			assertEquals("-1", node("overall", key).getAttribute("tabindex"), key + " is out of the tab order");
		}
		assertEquals(placeBefore, t1.getRect(), "a dimmed box keeps its place");
	}

	private static double opacity(WebElement element) {
		return Double.parseDouble(element.getCssValue("opacity"));
	}

	@Test
	void secondaryLinksCanBeHidden() {
		WebElement secondary = browser.findElement(By.cssSelector("#diagram-overall path.link.secondary"));
		assertTrue(secondary.isDisplayed());
		browser.findElement(By.id("show-secondary")).click();
		assertFalse(secondary.isDisplayed());
	}

	@Test
	void findsANodeByCode() {
		browser.findElement(By.id("find-code")).sendKeys("d.3-2");
		browser.findElement(By.id("find-button")).click();
		WebElement found = browser.findElement(By.cssSelector("a.node.selected[data-key='output-D.3-2']"));
		assertTrue(found.isDisplayed(), "the folded diagram holding it was opened");
		assertEquals(found, browser.switchTo().activeElement());
	}

	private static WebElement node(String diagram, String key) {
		return browser.findElement(By.cssSelector("#diagram-" + diagram + " a.node[data-key='" + key + "']"));
	}

	private static String classes(WebElement element) {
		return element.getAttribute("class");
	}

	private static void scrollTo(WebElement element) {
		browser.executeScript("arguments[0].scrollIntoView({block: 'center', inline: 'center'})", element);
	}

	private static String row(WebElement row) {
		StringBuilder text = new StringBuilder(row.getAttribute("data-objective")).append(' ');
		for (WebElement cell : row.findElements(By.cssSelector("td[data-linkage]"))) {
			String linkage = cell.getAttribute("data-linkage");
			String shown = cell.getDomProperty("textContent").replaceAll("\\s", "");
			if (linkage.equals("primary") && shown.equals("\u2611primary")) {
				text.append('P');
			} else if (linkage.equals("secondary") && shown.equals("\u2713secondary")) {
				text.append('S');
			} else if (linkage.isEmpty() && shown.isEmpty()) {
				text.append('.');
			} else {
				text.append('?');
			}
		}
		return text.toString();
	}
}
