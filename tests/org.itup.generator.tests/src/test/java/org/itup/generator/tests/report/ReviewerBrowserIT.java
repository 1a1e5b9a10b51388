package org.itup.generator.tests.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * What a reviewer meets in the ITU example's report as {@code itup generate} writes it, in headless Chromium:
 * axe-core finds nothing serious, a phone-wide window does not scroll sideways, the sticky navigation never covers
 * the heading a link jumps to.
 */
class ReviewerBrowserIT {

	@TempDir
	static Path output;

	private static Path report;
	@Browser
	private static ChromeDriver browser;
	private static int loads;

	@BeforeAll
	static void openReport() throws Exception {
		report = GeneratedReport.generate(TestFolders.ituExample(), output);
	}

	@BeforeEach
	void load() {
		browser.manage().window().setSize(new Dimension(1400, 1000));
		open();
	}

	@Test
	void axeCoreFindsNoSeriousOrCriticalViolation() throws IOException {
		assertEquals(List.of(), AxeCore.seriousViolations(browser,
				"{resultTypes: ['violations'], rules: {'label-content-name-mismatch': {enabled: true}}}"));
	}

	@Test
	void aPhoneWideWindowDoesNotScrollSideways() {
		browser.manage().window().setSize(new Dimension(390, 844));
		open();
		long inner = (Long) browser.executeScript("return document.documentElement.clientWidth");
		long scroll = (Long) browser.executeScript("return document.documentElement.scrollWidth");
		assertTrue(scroll <= inner, () -> "the page is " + scroll + " px wide in a " + inner + " px window; too wide: "
				+ browser.executeScript("const inScrollBox = e => { for (let p = e.parentElement; p; p = p.parentElement)"
						+ " { if (p !== document.body && p !== document.documentElement && getComputedStyle(p).overflowX !== 'visible') return true; } return false; };"
						+ " return Array.from(document.querySelectorAll('body *'))"
						+ ".filter(e => (e.getBoundingClientRect().right > arguments[0] + 1 || e.scrollWidth > arguments[0] + 1) && !inScrollBox(e))"
						+ ".slice(0, 8).map(e => e.tagName + '.' + e.className + '#' + e.id + ' ' + Math.round(e.getBoundingClientRect().right) + '/' + e.scrollWidth)", inner));
	}

	@Test
	void theStickyNavigationLeavesTheTargetHeadingVisible() {
		headingsClearTheNavigation();
		// on a phone the navigation used to wrap onto several lines and grow over the heading
		browser.manage().window().setSize(new Dimension(390, 844));
		headingsClearTheNavigation();
	}

	private static void headingsClearTheNavigation() {
		for (String section : List.of("goals", "linkage-matrix", "validation")) {
			Chromium.open(browser, report.resolve("index.html"), "?load=" + ++loads, "#" + section);
			double headingTop = ((Number) browser.executeScript(
					"return document.getElementById(arguments[0] + '-heading').getBoundingClientRect().top", section))
					.doubleValue();
			double navBottom = ((Number) browser.executeScript(
					"const nav = document.querySelector('nav'); const style = getComputedStyle(nav);"
							+ " return style.position === 'sticky' || style.position === 'fixed'"
							+ " ? nav.getBoundingClientRect().bottom : 0")).doubleValue();
			assertTrue(headingTop >= navBottom, section + ": the heading's top at " + headingTop
					+ " px is under the navigation, which ends at " + navBottom + " px");
		}
	}

	@Test
	void wordsReadAsSentencesAndTheFooterSaysWhatMadeTheReport() {
		String page = browser.findElement(By.tagName("body")).getText();
		assertFalse(Pattern.compile("\\b1 (files|errors|warnings|notes|linked elements)\\b").matcher(page).find(),
				"a count of one with a plural noun");
		assertTrue(page.contains("Diagram of sector I Inter-Sectoral objectives"), "sectors are named, not only coded");
		String footer = browser.findElement(By.cssSelector("footer")).getText();
		assertTrue(Pattern.compile("Made by itup \\d+\\.\\d+\\.\\d+ from 7 plan files: general-secretariat.itup, ")
				.matcher(footer).find(), footer);
		assertTrue(Pattern.compile("SHA-256 of the plan files: [0-9a-f]{64}").matcher(footer).find(), footer);
		WebElement goal = browser.findElement(By.cssSelector("#diagram-overall a.node[data-key='goal-1']"));
		browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", goal);
		goal.click();
		assertTrue(browser.findElement(By.id("chain-status")).getText().matches("Goal 1: .* \u2014 \\d+ linked elements? "
				+ "highlighted\\..*"), browser.findElement(By.id("chain-status")).getText());
	}

	@Test
	void theViewerZoomsAndFitsByMouseAndByKeyboard() {
		WebElement figure = browser.findElement(By.cssSelector("#results-chain figure.diagram"));
		WebElement box = figure.findElement(By.cssSelector(".scroll"));
		WebElement svg = box.findElement(By.cssSelector("svg"));
		double full = svg.getRect().getWidth();
		button(figure, "Zoom in").click();
		assertEquals(full * 1.25, svg.getRect().getWidth(), 2, "Zoom in by mouse");
		button(figure, "Fit").click();
		assertTrue(svg.getRect().getWidth() <= box.getRect().getWidth(), "Fit: the diagram fits its box's width");
		button(figure, "Full size").click();
		assertEquals(full, svg.getRect().getWidth(), 2);
		box.sendKeys("+");
		assertEquals(full * 1.25, svg.getRect().getWidth(), 2, "+ zooms in from the keyboard");
		box.sendKeys("0");
		assertTrue(svg.getRect().getWidth() <= box.getRect().getWidth(), "0 fits from the keyboard");
		box.sendKeys("1");
		assertEquals(full, svg.getRect().getWidth(), 2, "1 shows full size from the keyboard");
		assertEquals("0", box.getAttribute("tabindex"), "the box takes the focus, so arrow keys pan it");
	}

	private static WebElement button(WebElement figure, String text) {
		return figure.findElements(By.cssSelector(".viewer button")).stream().filter(b -> b.getText().equals(text))
				.findFirst().orElseThrow(() -> new AssertionError("no button " + text));
	}

	private static void open() {
		Chromium.open(browser, report.resolve("index.html"), "?load=" + ++loads, "");
	}
}
