package org.itup.generator.tests.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A small organisation's plan in the report, read in a real browser: its risks in a matrix on its own risk scale,
 * each risk with its rating and owner, an objective led by one programme with others contributing (in its article,
 * in the linkage matrix and in the coverage, where a programme that only contributes is no gap), and no SDG or WSIS
 * section, since the plan links to neither.
 */
class SmallOrganisationReportTest {

	private static final String PLAN = """
			plan ngo "Water for All 2024-2026" period 2024 to 2026
			risk scale minor, major, severe
			goal 1 "Safe water" { target 1.1 "Villages served" { by 2026 level 40 "villages" } }
			sector P "Programmes" {
			    objective P.1 "Wells" {
			        primary goal 1
			        contributors H, C
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
			sector C "Communication" { }
			sector E "Evaluation" { }
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

	@Browser
	private static ChromeDriver browser;

	@BeforeAll
	static void generate() throws Exception {
		Path plans = Files.createDirectories(folder.resolve("plans"));
		Files.writeString(plans.resolve("plan.itup"), PLAN);
		Path report = GeneratedReport.write(plans, folder.resolve("out"));
		Chromium.open(browser, report.resolve("index.html"), "", "");
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
		assertEquals("Led by P, with contributions from: H C",
				browser.findElement(By.cssSelector("article.objective .ownership")).getText());
	}

	@Test
	void theLinkageMatrixSaysWhoLeadsEachObjectiveAndWhoContributes() {
		WebElement matrix = browser.findElement(By.id("linkage-matrix-table"));
		assertEquals(List.of("Objective", "Goal 1", "Led by", "Contributors"), matrix
				.findElements(By.cssSelector("thead th")).stream().map(WebElement::getText).toList());
		assertEquals(List.of("P", "H, C"), cells(matrix, "P.1"));
		assertEquals(List.of("H", ""), cells(matrix, "H.1"));
	}

	@Test
	void aSectorThatOnlyContributesHasAPartInTheResultsChainAndOneWithNoneIsAGap() {
		List<String> gaps = browser.findElements(By.xpath("//li[starts-with(., 'Sectors that neither')]")).stream()
				.map(WebElement::getText).toList();
		assertEquals(List.of("Sectors that neither lead nor contribute to an objective: E"), gaps);
	}

	@Test
	void theResultsChainDiagramShowsWhoContributesToTheObjective() {
		List<WebElement> boxes = browser.findElements(By.cssSelector("svg a.node[data-code='P.1']"));
		assertTrue(!boxes.isEmpty(), "no diagram box for P.1");
		for (WebElement box : boxes) {
			// the diagram may sit in a closed part of the page: its text content, not what is on screen now
			assertEquals("P.1 Wells with H, C", box.getAttribute("textContent").replaceAll("\\s+", " ").strip());
			assertEquals("P.1 Wells with H, C (objective)", box.getAttribute("aria-label"));
			assertEquals("Objective P.1: Wells (with H, C)", box.getAttribute("data-text"));
		}
	}

	private static List<String> cells(WebElement matrix, String objective) {
		WebElement row = matrix.findElement(By.cssSelector("tr[data-objective='" + objective + "']"));
		return List.of(row.findElement(By.cssSelector("td.lead")).getText(),
				row.findElement(By.cssSelector("td.contributors")).getText());
	}

	@Test
	void aPlanWithoutSdgOrWsisLinksHasNoSuchSection() {
		assertEquals(List.of(), browser.findElements(By.id("sdg-wsis")));
		assertEquals(List.of(), browser.findElements(By.cssSelector("nav a[href='#sdg-wsis']")));
	}
}
