package org.itup.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.itup.test.support.RepositoryRoot;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * {@code itup check} on the complete ITU Strategic Plan 2020-2023: it must load without errors or warnings (its four
 * infos point out near-duplicate outputs of different sectors), even under {@code --fail-on warning}, and the counts
 * must match the source document (Resolution 71, Rev. Dubai 2018).
 */
class ExampleCheckTest {

	/** Element counts of the source document; the JSON names are the text labels in camel case. */
	static final Map<String, Integer> EXPECTED = expected();

	private static Map<String, Integer> expected() {
		Map<String, Integer> counts = new LinkedHashMap<>();
		counts.put("goals", 5);
		counts.put("targets", 24);
		counts.put("sectors", 5);
		counts.put("objectives", 18);
		counts.put("outcomes", 64);
		counts.put("outputs", 70);
		counts.put("primary linkages", 25);
		counts.put("secondary linkages", 58);
		counts.put("enablers", 31);
		counts.put("risks", 6);
		return counts;
	}

	@Test
	void textReportHasNoFindingsAndTheDocumentsCounts() {
		CliRun run = CliRun.of("check", RepositoryRoot.itu2020Example().toString(), "--fail-on", "warning");

		assertEquals(0, run.exitCode(), run::toString);
		assertTrue(run.out().lines().takeWhile(line -> !line.isEmpty()).allMatch(line -> line.contains(": info: ")),
				() -> "an error or warning was reported:\n" + run);
		EXPECTED.forEach((label, count) -> assertSummaryLine(run, label, count));
		assertSummaryLine(run, "files", 6);
		assertTrue(run.out().endsWith("\n0 errors, 0 warnings, 4 infos\n"), run::toString);
		assertEquals("", run.err());
	}

	@Test
	void jsonReportHasNoDiagnosticsAndTheDocumentsCounts() {
		CliRun run = CliRun.of("check", RepositoryRoot.itu2020Example().toString(), "--format", "json");

		assertEquals(0, run.exitCode(), run::toString);
		JsonObject report = JsonParser.parseString(run.out()).getAsJsonObject();
		assertEquals(4, report.getAsJsonArray("diagnostics").size(), run::toString);
		JsonObject summary = report.getAsJsonObject("summary");
		JsonObject plan = summary.getAsJsonArray("plans").get(0).getAsJsonObject();
		assertEquals(1, summary.getAsJsonArray("plans").size());
		assertEquals("itu2020", plan.get("name").getAsString());
		assertEquals(6, plan.getAsJsonArray("files").size());
		for (JsonObject counts : new JsonObject[] { plan, summary.getAsJsonObject("total") }) {
			EXPECTED.forEach((label, count) -> assertEquals(count, counts.get(camelCase(label)).getAsInt(), label));
		}
		assertEquals(0, summary.get("errors").getAsInt());
		assertEquals(0, summary.get("warnings").getAsInt());
		assertEquals(4, summary.get("infos").getAsInt());
	}

	private static void assertSummaryLine(CliRun run, String label, int count) {
		Pattern line = Pattern.compile("(?m)^  " + Pattern.quote(label + ":") + " +" + count + "$");
		assertTrue(line.matcher(run.out()).find(), () -> "no line '" + label + ": " + count + "' in:\n" + run);
	}

	private static String camelCase(String label) {
		int space = label.indexOf(' ');
		return space < 0 ? label
				: label.substring(0, space) + Character.toUpperCase(label.charAt(space + 1)) + label.substring(space + 2);
	}
}
