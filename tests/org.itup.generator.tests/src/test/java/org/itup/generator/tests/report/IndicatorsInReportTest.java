package org.itup.generator.tests.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.itup.generator.tests.Generation;
import org.itup.test.support.RepositoryRoot;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The plan report of a plan with indicators and budgets (the test support's fixture {@code monitored}), generated
 * as {@code itup generate} does and read in a real browser: each target's, objective's and outcome's indicators in a table
 * under it (code, title, unit, baseline, target by year, milestones as a list), the budget lines of sectors,
 * objectives and outputs, no console error and no serious accessibility violation.
 */
class IndicatorsInReportTest {

	@TempDir
	static Path out;

	@Browser
	private static ChromeDriver browser;

	@BeforeAll
	static void generate() throws Exception {
		Path plans = RepositoryRoot.fixture("monitored");
		Generation.run(plans, out, Generation.formats("html"));
		Chromium.open(browser, out.resolve("index.html"), "", "");
	}

	@Test
	void aTargetsIndicatorShowsItsCodeTitleUnitBaselineTargetAndMilestones() {
		WebElement table = table("Indicators of target 1.1");
		assertEquals(List.of("Code", "Indicator", "Unit", "Baseline", "Target", "Milestones", "Direction", "Bound",
				"Source", "Responsible"), texts(table, "thead th"));
		assertEquals(List.of("IU-1", "Individuals using the Internet", "%", "50 % in 2019", "70 % by 2023",
				"2021: 55 %\n2022: 60 %", "increase", "at least 0 %", "ITU ICT indicators database", "BDT/IDS"),
				texts(table, "tbody tr > *"));
		assertEquals(List.of("2021: 55 %", "2022: 60 %"), texts(table, "td ul.milestones li"));
	}

	@Test
	void objectivesAndOutcomesShowTheirIndicators() {
		assertEquals("MS-1", table("Indicators of objective S.1").findElement(By.cssSelector("tbody th")).getText());
		assertEquals(List.of("SAT-1", "Satisfaction of members", "%", "80 % in 2019", "80 % by 2023", "", "maintain",
				"between 75 and 100 %", "", ""), texts(table("Indicators of outcome S.1-a"), "tbody tr > *"));
	}

	@Test
	void budgetLinesStandUnderTheirElements() {
		assertEquals(List.of("Budget of sector S: 1000000 CHF for 2020-2021"), budget("Budget of sector S"));
		assertEquals(List.of("Budget of objective S.1: 400000 CHF for 2020"), budget("Budget of objective S.1"));
		assertEquals(List.of("Budget of output S.1-1: 85000 CHF for 2020"), budget("Budget of output S.1-1"));
	}

	@Test
	void noConsoleErrorAndNoSeriousAccessibilityViolation() throws IOException {
		assertEquals(List.of(), Chromium.severeConsoleMessages(browser));
		assertEquals(List.of(), AxeCore.seriousViolations(browser, "{resultTypes: ['violations']}"));
	}

	private static WebElement table(String caption) {
		return browser.findElement(By.xpath("//table[caption[. = '" + caption + "']]"));
	}

	private static List<String> budget(String name) {
		return texts(browser.findElement(By.cssSelector("ul.budget-lines[aria-label='" + name + "']")), "li");
	}

	private static List<String> texts(WebElement parent, String css) {
		return parent.findElements(By.cssSelector(css)).stream().map(e -> e.getText().strip()).toList();
	}
}
