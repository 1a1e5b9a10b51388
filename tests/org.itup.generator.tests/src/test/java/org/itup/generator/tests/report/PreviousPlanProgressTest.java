package org.itup.generator.tests.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.itup.generator.tests.Generation;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The 2016-2019 example's progress report for each year its monitoring file has values for (2016, 2017, 2018), read
 * in a real browser as a reader sees it: every target's status and the value it was judged on.
 * <p>
 * Worked out by hand from the seed's figures (Resolution 71, Annex 2, 2.b) and the method of docs/monitoring.md:
 * <ul>
 * <li>2.5.A, "gender equality", is a gap of 0 % by 2020 with no baseline, so it starts from its earliest value,
 * 12.2 % in 2016, and is to decrease. In 2016 that value is the only one: no data. In 2017 the gap had to fall 3.05
 * points a year to 9.15 %; at 11.6 % it fell 0.6, 19.7 % of the pace: off track. In 2018 the 2017 value, the latest
 * by the end of the year, is judged again.</li>
 * <li>2.3.B and 2.5.B are qualitative (the review gives them no level, and their values, 120 and 48 countries, are
 * counts of a population the review does not fix): their 2018 values are shown with no data.</li>
 * <li>Every other target has no measurement up to any of these years: no data. 1.3's baseline is 2014 "measured",
 * with no value, so no target value can be worked out either.</li>
 * </ul>
 */
class PreviousPlanProgressTest {

	private static final List<String> TARGETS = List.of("1.1", "1.2", "1.3", "2.1.A", "2.1.B", "2.2.A", "2.2.B",
			"2.3.A", "2.3.B", "2.4", "2.5.A", "2.5.B", "3.1", "4.1");

	@TempDir
	static Path folder;

	@Browser
	private static ChromeDriver browser;

	@ParameterizedTest
	@ValueSource(strings = { "2016", "2017", "2018" })
	void everyTargetShowsItsStatusAndTheValueItWasJudgedOn(String year) throws IOException {
		Map<String, String> expected = new LinkedHashMap<>();
		TARGETS.forEach(code -> expected.put(code, "no data | \u2014"));
		switch (year) {
			case "2016" -> expected.put("2.5.A", "no data | 12.2 % in 2016");
			case "2017" -> expected.put("2.5.A", "off track | 11.6 % in 2017");
			default -> {
				expected.put("2.5.A", "off track | 11.6 % in 2017");
				expected.put("2.3.B", "no data | 120 countries in 2018");
				expected.put("2.5.B", "no data | 48 countries in 2018");
			}
		}
		assertEquals(expected, shown(year));
		String explanation = browser.findElement(By.cssSelector("tr[id='progress-2.5.A'] td.explanation")).getText();
		assertEquals(year.equals("2016") ? "12.2 % in 2016 is the only value: progress needs a baseline or an earlier"
				+ " value" : "11.6 % in 2017, needs 9.15 % to be on course for 0 % by 2020 (19.7 % of the required"
						+ " yearly change since 12.2 % in 2016, judged linearly: compound growth needs values above"
						+ " zero)", explanation);
		assertEquals("source: Resolution 71 (Rev. Dubai, 2018), Annex 2, 2.b General review of the targets of the"
				+ " strategic plan for 2016-2019; note: gender gap in Internet access, latest ITU data",
				browser.findElement(By.cssSelector("tr[id='progress-2.5.A'] .provenance")).getText());
		assertEquals(List.of(), Chromium.severeConsoleMessages(browser));
	}

	private static Map<String, String> shown(String year) throws IOException {
		Path out = folder.resolve(year);
		Generation.run(TestFolders.root().resolve("examples/itu-2016-2019"), out,
				Generation.formats("html").period(year));
		Path page = out.resolve("progress-" + year + ".html");
		assertTrue(Files.isRegularFile(page), page::toString);
		Chromium.open(browser, page, "?year=" + year, "");
		Map<String, String> shown = new LinkedHashMap<>();
		for (WebElement row : browser.findElements(By.cssSelector("#goals tr.series"))) {
			List<WebElement> cells = row.findElements(By.tagName("td"));
			shown.put(row.findElement(By.tagName("th")).getText(),
					cells.get(1).getText().strip() + " | " + ((String) browser.executeScript(
							"return arguments[0].firstChild.textContent", cells.get(2))).strip());
		}
		return shown;
	}
}
