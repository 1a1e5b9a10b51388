package org.itup.generator.tests.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The ITU example's report printed by headless Chromium (DevTools' printToPDF, with the page size the report's
 * style asks for), read back with PDFBox: A4 pages, no page holding only a heading, no text under 7 points.
 */
class ReportPrintIT {

	private static final double A4_WIDTH = 595.3;
	private static final double A4_HEIGHT = 841.9;
	private static final float SMALLEST_POINTS = 7f;

	@TempDir
	static Path output;

	private static PDDocument printout;

	@BeforeAll
	static void print() throws Exception {
		Path report = GeneratedReport.generate(TestFolders.ituExample(), output);
		ChromeDriver browser = Chromium.start();
		try {
			Chromium.open(browser, report.resolve("index.html"), "?print", "");
			Map<String, Object> pdf = browser.executeCdpCommand("Page.printToPDF",
					Map.of("preferCSSPageSize", true, "printBackground", true));
			byte[] bytes = Base64.getDecoder().decode((String) pdf.get("data"));
			Files.write(output.resolve("report.pdf"), bytes);
			printout = Loader.loadPDF(bytes);
		} finally {
			browser.quit();
		}
	}

	@AfterAll
	static void close() throws IOException {
		if (printout != null) {
			printout.close();
		}
	}

	@Test
	void printsOnA4() {
		for (PDPage page : printout.getPages()) {
			assertEquals(A4_WIDTH, page.getMediaBox().getWidth(), 2, "page width in points");
			assertEquals(A4_HEIGHT, page.getMediaBox().getHeight(), 2, "page height in points");
		}
	}

	@Test
	void noPageHoldsOnlyAHeading() throws IOException {
		List<String> lonely = new ArrayList<>();
		for (int page = 1; page <= printout.getNumberOfPages(); page++) {
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setStartPage(page);
			stripper.setEndPage(page);
			List<String> lines = stripper.getText(printout).lines().filter(line -> !line.isBlank()).toList();
			if (lines.size() <= 1) {
				lonely.add("page " + page + ": " + lines);
			}
		}
		assertEquals(List.of(), lonely, "of " + printout.getNumberOfPages() + " pages");
	}

	@Test
	void noTextIsSmallerThanSevenPoints() throws IOException {
		List<String> small = new ArrayList<>();
		PDFTextStripper stripper = new PDFTextStripper() {
			@Override
			protected void writeString(String text, List<TextPosition> positions) throws IOException {
				for (TextPosition position : positions) {
					// the size as printed, after every scaling: Chromium shrinks a page that overflows into the
					// drawing's transform, which the nominal font size does not show
					if (position.getYScale() < SMALLEST_POINTS && small.size() < 10 && !position.getUnicode().isBlank()) {
						small.add(text + " at " + position.getYScale() + " pt");
						break;
					}
				}
				super.writeString(text, positions);
			}
		};
		stripper.getText(printout);
		assertEquals(List.of(), small);
		assertTrue(printout.getNumberOfPages() > 1);
	}
}
