package org.itup.bench.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The second table at a small size: one plan in 11 and in 21 files and one plan in a 1 MB file are each checked by
 * the real {@code itup check}, every cell is filled, and the table says how time grew against files. Timings are
 * never asserted.
 */
class OnePlanRunsSmokeTest {

	@TempDir
	Path work;

	@Test
	void everyShapeIsCheckedAndTabled() throws Exception {
		Path itupJar = Path.of(System.getProperty("itup.root.dir", "..")).resolve("bundles/org.itup.cli/target/itup.jar");
		Harness.Settings settings = new Harness.Settings(List.of(), 71, 0, 1, 0, 1, work, itupJar,
				new OnePlanRuns.Shapes(List.of(10, 20), 1));
		ByteArrayOutputStream progress = new ByteArrayOutputStream();
		String table = new Harness(settings, new PrintStream(progress, true, StandardCharsets.UTF_8)).run();
		List<String> rows = table.lines().toList();
		assertEquals(6, rows.size(), table);
		assertEquals("| shape | files | size | `itup check` wall | peak heap (GC log) | budget | verdict |", rows.get(0));
		assertTrue(rows.get(2).startsWith("| one plan in 11 files (1g) | 11 | "), table);
		assertTrue(rows.get(3).startsWith("| one plan in 21 files (1g) | 21 | "), table);
		assertTrue(rows.get(4).startsWith("| one plan in one 1 MB file (2g) | 1 | 1 MB | "), table);
		assertTrue(rows.get(5).startsWith("| check time growth, 11 to 21 files | 1.9x files |"), table);
		for (String row : rows.subList(2, 5)) {
			assertTrue(row.matches("\\| [^|]+ \\| \\d+ \\| \\d+ MB \\| \\d+(\\.\\d)? m?s \\| \\d+ MB \\| .*"), row);
		}
	}
}
