package org.itup.generator.tests.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.itup.generator.tests.Generation;
import org.itup.test.support.RepositoryRoot;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The progress report of a small monitored plan ({@code report/progress}: made-up values that put its targets and
 * indicators in every status) as {@code itup generate --period 2021} writes it, in a real headless Chromium: it loads
 * with no console error and no request, every status is said in words beside its own shape, every trajectory and
 * budget chart is an image named by its title and description, and axe-core finds nothing serious.
 */
class ProgressReportBrowserTest {

	@TempDir
	static Path folder;

	@Browser
	private static ChromeDriver browser;

	@BeforeAll
	static void openPage() throws IOException {
		Path plans = RepositoryRoot.fixture("progress");
		Generation.run(plans, folder, Generation.formats("html").period("2021"));
		Chromium.open(browser, folder.resolve("progress-2021.html"), "?load=1", "");
	}

	@Test
	void loadsWithoutConsoleErrorsOrRequests() {
		assertEquals("Progress in 2021: Demonstration plan 2020-2023", browser.getTitle());
		assertEquals(List.of(), Chromium.severeConsoleMessages(browser));
		assertEquals(0L, browser.executeScript("return performance.getEntriesByType('resource').length"));
	}

	/**
	 * The statuses the method gives the test plan's values in 2021 (baseline 2019, compound growth):
	 * 1.1 54 -> 57 % needs 65 % by 2023: 58 % of the required growth, off track; HH 58.5 % against the 2021
	 * milestone of 58 %: 112 %, on track; 1.2 30 -> 26 USD towards 20 USD: 72 %, at risk; 2.1 48 -> 48.5 % towards
	 * 60 %: 9 %, off track; 2.2 qualitative and unmeasured: no data; A1-PLAN 100 -> 118 towards 140: 98 %, on track;
	 * A1-CONN 151 reaches 150: achieved; A2-COST 520 CHF is above its bound of at most 500: off track; A2-YOUTH
	 * unmeasured: no data; A2-WOMEN's baseline is 2022, after 2021: not yet due.
	 */
	@Test
	void everyStatusIsSaidInWordsBesideItsShape() {
		Map<String, String> shown = new LinkedHashMap<>();
		for (WebElement row : browser.findElements(By.cssSelector("tr.series"))) {
			WebElement status = row.findElement(By.cssSelector("td.status-cell .status"));
			assertEquals(1, status.findElements(By.cssSelector("svg.shape")).size(), row.getText());
			shown.put(row.findElement(By.tagName("th")).getText(), status.getText().strip());
		}
		assertEquals(Map.of("1.1", "off track", "HH", "on track", "1.2", "at risk", "2.1", "off track", "2.2",
				"no data", "A1-PLAN", "on track", "A1-CONN", "achieved", "A2-COST", "off track", "A2-YOUTH", "no data",
				"A2-WOMEN", "not yet due"), shown);
	}

	@Test
	void everyChartIsAnImageNamedByItsTitleAndDescription() {
		List<WebElement> charts = browser.findElements(By.cssSelector("svg.trajectory, svg.budget"));
		// nine series have something to draw (2.2 has neither values nor a planned path); sectors, objectives,
		// outputs and goals each have a budget chart
		assertEquals(9, browser.findElements(By.cssSelector("svg.trajectory")).size());
		assertEquals(4, browser.findElements(By.cssSelector("svg.budget")).size());
		for (WebElement chart : charts) {
			assertEquals("img", chart.getAttribute("role"));
			String[] ids = chart.getAttribute("aria-labelledby").split(" ");
			assertEquals(2, ids.length);
			String title = (String) browser.executeScript("return document.getElementById(arguments[0]).textContent",
					ids[0]);
			String description = (String) browser.executeScript(
					"return document.getElementById(arguments[0]).textContent", ids[1]);
			assertFalse(title.isBlank(), ids[0]);
			assertFalse(description.isBlank(), ids[1]);
		}
		String hh = browser.findElement(By.cssSelector("#chart-HH desc")).getAttribute("textContent");
		assertEquals("Baseline 54 % in 2019. Milestones: 58 % in 2021, 61 % in 2022. Target 65 % by 2023. Measured:"
				+ " 56 % in 2020, 58.5 % in 2021. At the pace kept so far (compound growth) it would reach 63.37 % by"
				+ " 2023.", hh);
		assertEquals(1, browser.findElements(By.cssSelector("#chart-HH polyline.planned")).size());
		assertEquals(1, browser.findElements(By.cssSelector("#chart-HH line.projection")).size());
		assertEquals(1, browser.findElements(By.cssSelector("#chart-A2-COST line.bound")).size());
	}

	@Test
	void theBudgetCarriesObjectivesToGoalsByTheLinkageWeights() {
		String goals = browser.findElement(By.cssSelector("figure.budget-chart svg[aria-labelledby^='budget-goals']"))
				.findElement(By.tagName("desc")).getAttribute("textContent");
		// A.1's 600,000 CHF: 2 parts to goal 1 (primary), 1 to goal 2 (secondary); A.2's 300,000 USD at 0.9 is
		// 270,000 CHF, all to goal 2. Spent: A.1 450,000 CHF, A.2 150,000 USD = 135,000 CHF. The sector's
		// 1,000,000 CHF beyond its objectives' 870,000 reaches no goal.
		assertEquals("Goal 1: planned 400,000 CHF, spent 300,000 CHF; Goal 2: planned 470,000 CHF, spent 285,000 CHF;"
				+ " Not attributed to a goal: planned 130,000 CHF, spent 0 CHF.", goals);
	}

	@Test
	void theValueJudgedSaysWhereItComesFrom() {
		// measurements.csv gives A1-PLAN's 2021 value with a source
		assertEquals("118 countries in 2021\nsource: Made up for the tests",
				browser.findElement(By.cssSelector("tr[id='progress-A1-PLAN'] td.value")).getText());
	}

	@Test
	void theNarrativeOfThePeriodIsShownWithItsObjective() {
		assertTrue(browser.findElement(By.id("narrative")).getText()
				.contains("Access widened in two regions; the guidelines were adopted by 12 regulators."));
	}

	@Test
	void aPhoneWidePageDoesNotScrollSideways() {
		Dimension wide = browser.manage().window().getSize();
		try {
			browser.manage().window().setSize(new Dimension(390, 900));
			Long overflow = (Long) browser.executeScript(
					"return document.documentElement.scrollWidth - document.documentElement.clientWidth");
			assertEquals(0L, overflow, "the page is wider than a phone");
		} finally {
			browser.manage().window().setSize(wide);
		}
	}

	@Test
	void axeCoreFindsNoSeriousOrCriticalViolation() throws IOException {
		assertEquals(List.of(), AxeCore.seriousViolations(browser, "{resultTypes: ['violations']}"));
	}
}
