package org.itup.bench.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One run of the whole harness at 1x with one repetition: every measurement runs for real (the itup command and the
 * language server included) and fills its cell with a number. Timings are never asserted.
 */
class HarnessSmokeTest {

	@TempDir
	Path work;

	@Test
	void everyFigureIsMeasured() throws Exception {
		Path itupJar = Path.of(System.getProperty("itup.root.dir", "..")).resolve("bundles/org.itup.cli/target/itup.jar");
		Harness.Settings settings = new Harness.Settings(List.of(1), 71, 0, 1, 1, 3, work, itupJar);
		ByteArrayOutputStream progress = new ByteArrayOutputStream();
		String table = new Harness(settings, new PrintStream(progress, true, StandardCharsets.UTF_8)).run();
		List<String> rows = table.lines().toList();
		assertEquals("| measure | 1x | budget | at 1x |", rows.get(0));
		assertEquals(16, rows.size(), table);
		for (String row : rows.subList(2, rows.size())) {
			String[] cells = Arrays.stream(row.split("\\|")).map(String::trim).toArray(String[]::new);
			assertEquals(5, cells.length, row);
			assertTrue(cells[2].matches("\\d+(\\.\\d+)?( (ms|s|MB|x))?( / \\d+(\\.\\d+)? (ms|s))?|\\d+(\\.\\d+)?x"),
					"not a number: " + row);
		}
		assertTrue(table.contains("| errors found by the loader | 0 |"), table);
	}
}
