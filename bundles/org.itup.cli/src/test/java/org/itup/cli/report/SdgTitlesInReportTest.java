package org.itup.cli.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.itup.generator.html.HtmlReportWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SDG codes carry their official titles when the run is given a folder of them, and stay bare otherwise. */
class SdgTitlesInReportTest {

	private static final String TARGET_TITLE = "9.c Significantly increase access to information and communications"
			+ " technology";
	private static final String INDICATOR_TITLE = "9.c.1 Proportion of population covered by a mobile network, by"
			+ " technology";

	@Test
	void titlesFromTheGivenFolder(@TempDir Path output) throws Exception {
		Map<String, String> options = Map.of(HtmlReportWriter.SDG_TITLES, TestFolders.sdgTitlesInEnglish().toString());
		String html = read(GeneratedReport.write(GeneratedReport.resource("small"), output, options));
		assertTrue(html.contains(TARGET_TITLE), "target title missing");
		assertTrue(html.contains(INDICATOR_TITLE), "indicator title missing");
		assertTrue(html.contains("Information and communication infrastructure"), "WSIS C2 name missing");
	}

	@Test
	void codesOnlyWithoutTheFolder(@TempDir Path output) throws Exception {
		String html = read(GeneratedReport.write(GeneratedReport.resource("small"), output));
		assertFalse(html.contains(TARGET_TITLE));
		assertTrue(html.contains("<td>9.c</td>"));
	}

	private static String read(Path report) throws Exception {
		return Files.readString(report.resolve("index.html"), StandardCharsets.UTF_8);
	}
}
