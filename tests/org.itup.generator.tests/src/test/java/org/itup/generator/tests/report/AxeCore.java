package org.itup.generator.tests.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.openqa.selenium.chrome.ChromeDriver;

/**
 * axe-core run on the page a browser shows, as the test's own script (the pages' policy allows no script but their own,
 * and they load nothing): the serious and critical violations, one line of facts each.
 */
final class AxeCore {

	private AxeCore() {
	}

	/** @param options axe's run options as a JavaScript object literal, e.g. {@code {resultTypes: ['violations']}} */
	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> seriousViolations(ChromeDriver browser, String options) throws IOException {
		browser.executeScript(script());
		return (List<Map<String, Object>>) browser.executeAsyncScript(
				"const done = arguments[arguments.length - 1];"
						+ " axe.run(document, " + options + ").then(result => done(result.violations"
						+ ".filter(v => v.impact === 'serious' || v.impact === 'critical')"
						+ ".map(v => ({id: v.id, impact: v.impact, nodes: v.nodes.length,"
						+ " first: v.nodes[0].target.join(' ')}))))");
	}

	private static String script() throws IOException {
		try (InputStream in = AxeCore.class.getClassLoader().getResourceAsStream("axe.min.js")) {
			return new String(Objects.requireNonNull(in, "axe.min.js (axe-core) is not on the test class path")
					.readAllBytes(), StandardCharsets.UTF_8);
		}
	}
}
