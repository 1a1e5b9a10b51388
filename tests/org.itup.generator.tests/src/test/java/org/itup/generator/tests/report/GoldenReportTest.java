package org.itup.generator.tests.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report and diagrams of a small plan, byte for byte: output is deterministic (no time stamps, stable order), so
 * any change to it shows up here and in review. Run with {@code -Ditup.golden.update=true} to accept a change.
 */
class GoldenReportTest {

	@Test
	void smallPlanMatchesTheGoldenFiles(@TempDir Path output) throws Exception {
		Path report = GeneratedReport.write(GeneratedReport.resource("small"), output);
		Path expected = GeneratedReport.resource("expected");
		if (Boolean.getBoolean("itup.golden.update")) {
			for (String file : GeneratedReport.files(report)) {
				Files.createDirectories(expected.resolve(file).getParent());
				Files.copy(report.resolve(file), expected.resolve(file), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
			}
		}
		List<String> files = GeneratedReport.files(report);
		assertEquals(GeneratedReport.files(expected), files);
		for (String file : files) {
			assertEquals(Files.readString(expected.resolve(file), StandardCharsets.UTF_8),
					Files.readString(report.resolve(file), StandardCharsets.UTF_8), file);
		}
	}

	@Test
	void generatingTwiceGivesTheSameBytes(@TempDir Path first, @TempDir Path second) throws Exception {
		Path a = GeneratedReport.write(GeneratedReport.resource("small"), first);
		Path b = GeneratedReport.write(GeneratedReport.resource("small"), second);
		for (String file : GeneratedReport.files(a)) {
			assertEquals(Files.readString(a.resolve(file)), Files.readString(b.resolve(file)), file);
		}
	}
}
