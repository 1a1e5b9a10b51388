package org.itup.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.itup.cli.Itup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The comparison page of the ITU example against a revision of it (R.1's link to goal 5 made primary, target 1.1
 * raised) in a real headless Chromium: it loads without console errors or any request, axe-core finds nothing
 * serious, and the changed cell of the linkage matrix says old and new in words.
 */
class DiffBrowserTest {

	@TempDir
	static Path folder;

	private static Path page;
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
		page = folder.resolve("diff.html");
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int exit = Itup.run(new String[] { "diff", TestFolders.ituExample().toString(), revised.toString(), "--format",
				"html", "-o", page.toString() }, new PrintStream(new ByteArrayOutputStream()),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		assertEquals(0, exit, err.toString(StandardCharsets.UTF_8));
		browser = Chromium.start();
		Chromium.open(browser, page, "?load=1", "");
	}

	@AfterAll
	static void closeBrowser() {
		if (browser != null) {
			browser.quit();
		}
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

	private static void replace(Path file, String what, String by) throws IOException {
		String text = Files.readString(file);
		assertTrue(text.contains(what), () -> file + " lacks " + what);
		Files.writeString(file, text.replace(what, by));
	}
}
