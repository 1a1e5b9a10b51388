package org.itup.generator.tests.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through its own chromedriver, named explicitly so nothing is ever downloaded.
 * A missing browser fails the test: a report nobody opened is not a tested report.
 */
final class Chromium {

	private static final Path BROWSER = Path.of("/usr/bin/chromium");
	private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

	private Chromium() {
	}

	static ChromeDriver start() {
		assertTrue(Files.isExecutable(BROWSER), BROWSER + " is missing: install the Debian packages chromium and"
				+ " chromium-driver (.ci/run does)");
		assertTrue(Files.isExecutable(DRIVER), DRIVER + " is missing: install the Debian package chromium-driver");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(BROWSER.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--no-first-run", "--window-size=1400,1000");
		LoggingPreferences logs = new LoggingPreferences();
		logs.enable(LogType.BROWSER, Level.ALL);
		options.setCapability("goog:loggingPrefs", logs);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER.toString()))
				.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
		return driver;
	}

	/**
	 * Opens a page afresh: each load gets a query string of its own and this waits until that very document is
	 * complete, since reloading the same address could return while the previous document was still current.
	 */
	static void open(ChromeDriver driver, Path page, String query, String fragment) {
		driver.get(page.toUri() + query + fragment);
		new WebDriverWait(driver, Duration.ofSeconds(60)).until(ignored -> Boolean.TRUE.equals(driver.executeScript(
				"return location.search === arguments[0] && document.readyState === 'complete'", query)));
	}

	/** Console messages of level SEVERE: script errors, refused loads, blocked inline scripts. */
	static List<String> severeConsoleMessages(ChromeDriver driver) {
		return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
				.filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage)
				.toList();
	}
}
