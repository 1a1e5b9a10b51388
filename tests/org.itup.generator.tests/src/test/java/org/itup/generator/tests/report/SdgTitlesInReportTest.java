package org.itup.generator.tests.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.itup.generator.GenerationOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SDG codes carry their titles when the run is given a folder of them, and stay bare otherwise. The titles come from
 * a folder the user supplies: the tests' own folder (titles made up for the tests, laid out as the official files)
 * always, and the official files of the team's shared folder where it is present.
 */
class SdgTitlesInReportTest {

	private static final String TARGET_TITLE = "9.c Title of target 9.c used by the tests";
	private static final String INDICATOR_TITLE = "9.c.1 Title of indicator 9.c.1 used by the tests";
	private static final String OFFICIAL_TARGET_TITLE = "9.c Significantly increase access to information and"
			+ " communications technology";
	private static final String OFFICIAL_INDICATOR_TITLE = "9.c.1 Proportion of population covered by a mobile"
			+ " network, by technology";

	@Test
	void titlesFromTheGivenFolder(@TempDir Path output) throws Exception {
		String html = reportWithTitlesFrom(TestFolders.sdgTitlesOfTheTests(), output);
		assertTrue(html.contains(TARGET_TITLE), "target title missing");
		assertTrue(html.contains(INDICATOR_TITLE), "indicator title missing");
		assertTrue(html.contains("Information and communication infrastructure"), "WSIS C2 name missing");
	}

	@Test
	void officialTitlesFromTheSharedFolder(@TempDir Path output) throws Exception {
		String html = reportWithTitlesFrom(TestFolders.sdgTitlesInEnglish(), output);
		assertTrue(html.contains(OFFICIAL_TARGET_TITLE), "target title missing");
		assertTrue(html.contains(OFFICIAL_INDICATOR_TITLE), "indicator title missing");
	}

	@Test
	void codesOnlyWithoutTheFolder(@TempDir Path output) throws Exception {
		String html = read(GeneratedReport.write(GeneratedReport.resource("small"), output));
		assertFalse(html.contains(TARGET_TITLE));
		assertTrue(html.contains("<td>9.c</td>"));
	}

	private static String reportWithTitlesFrom(Path titles, Path output) throws Exception {
		GenerationOptions options = GenerationOptions.defaults().sdgTitles(titles);
		return read(GeneratedReport.write(GeneratedReport.resource("small"), output, options));
	}

	private static String read(Path report) throws Exception {
		return Files.readString(report.resolve("index.html"), StandardCharsets.UTF_8);
	}
}
