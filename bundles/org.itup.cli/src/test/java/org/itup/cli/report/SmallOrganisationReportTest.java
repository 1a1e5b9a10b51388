package org.itup.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A small organisation's plan in the report, read in a real browser: its risks in a matrix on its own risk scale,
 * each risk with its rating and owner, an objective led by one programme with another contributing, and no SDG or
 * WSIS section, since the plan links to neither.
 */
class SmallOrganisationReportTest {

	private static final String PLAN = """
			plan ngo "Water for All 2024-2026" period 2024 to 2026
			risk scale minor, major, severe
			goal 1 "Safe water" { target 1.1 "Villages served" { by 2026 level 40 "villages" } }
			sector P "Programmes" {
			    objective P.1 "Wells" {
			        primary goal 1
			        contributors H
			        outcome P.1-a "Wells in use"
			        output P.1-1 "Wells drilled"
			    }
			}
			sector H "Hygiene" {
			    objective H.1 "Clean hands" {
			        primary goal 1
			        outcome H.1-a "Hand washing at wells"
			        output H.1-1 "Hygiene sessions held at wells"
			    }
			}
			risk 1 "Drought" {
			    likelihood major impact severe owner "Programme director"
			    mitigation limitation "Deeper wells"
			}
			risk 2 "Funding gap" {
			    likelihood minor impact severe
			    mitigation transfer "Second donor"
			}
			risk 3 "Staff turnover" {
			    mitigation acceptance "Training"
			}
			""";

	@TempDir
	static Path folder;

	private static ChromeDriver browser;

	@BeforeAll
	static void generate() throws Exception {
		Path plans = Files.createDirectories(folder.resolve("plans"));
		Files.writeString(plans.resolve("plan.itup"), PLAN);
		Path report = GeneratedReport.write(plans, folder.resolve("out"));
		browser = Chromium.start();
		Chromium.open(browser, report.resolve("index.html"), "", "");
	}

	@AfterAll
	static void close() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void risksStandInTheMatrixOfThePlansOwnScale() {
		WebElement matrix = browser.findElement(By.xpath("//table[caption[starts-with(., 'Risk matrix')]]"));
		List<String> header = matrix.findElements(By.cssSelector("thead th")).stream().map(WebElement::getText)
				.toList();
		assertEquals(List.of("Likelihood \\ impact", "minor", "major", "severe"), header);
		List<String> rows = matrix.findElements(By.cssSelector("tbody tr")).stream().map(WebElement::getText)
				.toList();
		assertEquals(List.of("severe", "major Risk 1", "minor Risk 2"), rows);
		assertTrue(browser.findElement(By.id("risks")).getText()
				.contains("Not rated for both likelihood and impact: 3."));
	}

	@Test
	void eachRiskShowsItsRatingAndOwner() {
		assertEquals("Likelihood: major · Impact: severe · Owner: Programme director",
				browser.findElement(By.cssSelector("#risk-1 .rating")).getText());
		assertEquals(List.of(), browser.findElements(By.cssSelector("#risk-3 .rating")));
	}

	@Test
	void anObjectiveShowsWhoLeadsItAndWhoContributes() {
		assertEquals("Led by P, with contributions from: H",
				browser.findElement(By.cssSelector("article.objective .ownership")).getText());
	}

	@Test
	void aPlanWithoutSdgOrWsisLinksHasNoSuchSection() {
		assertEquals(List.of(), browser.findElements(By.id("sdg-wsis")));
		assertEquals(List.of(), browser.findElements(By.cssSelector("nav a[href='#sdg-wsis']")));
	}
}
