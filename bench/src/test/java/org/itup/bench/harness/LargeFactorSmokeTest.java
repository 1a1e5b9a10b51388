package org.itup.bench.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A factor above the in-process limit (1000x in a real run; here 2x, with the limit set to 1x so the test stays
 * short) is measured by {@code itup check} and {@code itup generate} as processes only: its in-process cells are
 * dashes, its check and report cells real figures, and the budgets are judged at the largest factor loaded in
 * process.
 */
class LargeFactorSmokeTest {

	@TempDir
	Path work;

	@Test
	void aFactorAboveTheLimitIsMeasuredByCommandsOnly() throws Exception {
		Path itupJar = Path.of(System.getProperty("itup.root.dir", "..")).resolve("bundles/org.itup.cli/target/itup.jar");
		Harness.Settings settings = new Harness.Settings(List.of(1, 2), 71, 0, 1, 0, 1, work, itupJar,
				OnePlanRuns.Shapes.NONE, 1);
		String table = new Harness(settings, new PrintStream(new ByteArrayOutputStream(), true,
				StandardCharsets.UTF_8)).run();
		Map<String, String[]> rows = table.lines().skip(2).map(LargeFactorSmokeTest::cells)
				.collect(Collectors.toMap(cells -> cells[1], cells -> cells));
		assertTrue(table.startsWith("| measure | 1x | 2x | budget | at 1x |"), table);
		assertEquals("14", rows.get("files")[3], table);
		for (String inProcess : List.of("coded elements", "load + link + validate, in process",
				"load + link + validate / XMI load", "report (HTML + SVG) generation")) {
			assertTrue(rows.get(inProcess)[2].matches("\\d.*"), table);
			assertEquals("-", rows.get(inProcess)[3], table);
		}
		String check = rows.keySet().stream().filter(measure -> measure.startsWith("`itup check`, cold")).findFirst()
				.orElseThrow();
		for (String command : List.of(check, "`itup check` peak heap (GC log)",
				"`itup generate --formats html,svg`, cold, wall", "`itup generate` peak heap (GC log)")) {
			assertTrue(rows.get(command)[3].matches("\\d+(\\.\\d+)? (ms|s|MB)"), table);
		}
		assertEquals("-", rows.get("`itup generate --formats html,svg`, cold, wall")[2], table);
		assertTrue(rows.get("load + link + validate / XMI load")[5].matches("PASS|MISS"), table);
	}

	private static String[] cells(String row) {
		return Arrays.stream(row.split("\\|")).map(String::trim).toArray(String[]::new);
	}
}
