package org.itup.generator.tests.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A watcher the browser runs in every document before the document's own code, through the DevTools protocol (so
 * the page's Content-Security-Policy does not stop it): it records every attempt to set {@code window.pwned}, which
 * every payload of the injection corpus makes, every dialog, and every Content-Security-Policy violation.
 */
final class ScriptProbe {

	private static final String WATCHER = """
			window.__probe = { ran: [], violations: [] };
			Object.defineProperty(window, 'pwned', { configurable: false,
				get() { return undefined; }, set(value) { window.__probe.ran.push('pwned=' + value); } });
			for (const name of ['alert', 'confirm', 'prompt', 'print']) {
				window[name] = () => window.__probe.ran.push(name);
			}
			document.addEventListener('securitypolicyviolation', e =>
				window.__probe.violations.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + e.sourceFile));
			""";

	private ScriptProbe() {
	}

	static void install(ChromeDriver browser) {
		browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", WATCHER));
	}

	/** Nothing of the plan ran, nothing broke the policy, and the console has no error. */
	static void assertNothingRan(ChromeDriver browser, String page) {
		assertTrue((Boolean) browser.executeScript("return window.__probe !== undefined;"),
				page + ": the watcher did not load, so the page cannot be checked");
		assertEquals(List.of(), browser.executeScript("return window.__probe.ran;"), page + ": plan text ran");
		assertEquals(List.of(), browser.executeScript("return window.__probe.violations;"),
				page + ": Content-Security-Policy violations");
		assertEquals(List.of(), Chromium.severeConsoleMessages(browser), page + ": console errors");
	}
}
