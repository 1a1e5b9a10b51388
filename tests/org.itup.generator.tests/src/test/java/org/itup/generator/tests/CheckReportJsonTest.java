package org.itup.generator.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.itup.dsl.load.PlanDiagnostic;
import org.itup.dsl.load.PlanDiagnostic.Severity;
import org.itup.generator.check.CheckFormat;
import org.itup.generator.check.CheckReport;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The generator's hand-written JSON must survive any text a diagnostic can carry (plan titles and messages quote
 * user text), and paths must be shown relative to the working directory only when under it.
 */
class CheckReportJsonTest {

	private static final Path WORKING_DIRECTORY = Path.of("/work/plans");

	@Test
	void messagesWithQuotesControlCharactersAndNonAsciiRoundTrip() {
		String message = "quote \" backslash \\ newline \n tab \t nul \u0000 bell \u0007 line-separator \u2028"
				+ " e-acute \u00e9 emoji \uD83D\uDE00 lone-surrogate \uD83D end";
		PlanDiagnostic diagnostic = new PlanDiagnostic(Path.of("/work/plans/a b/\"x\".itup"), 3, 7, 3, 9,
				Severity.WARNING, message, null);

		JsonObject parsed = render(new CheckReport(List.of(diagnostic), List.of(), WORKING_DIRECTORY));

		JsonObject written = parsed.getAsJsonArray("diagnostics").get(0).getAsJsonObject();
		// a lone surrogate is no character (strict readers refuse even its escape): it comes back as U+FFFD
		assertEquals(message.replace("lone-surrogate \uD83D end", "lone-surrogate \uFFFD end"),
				written.get("message").getAsString());
		assertEquals("a b/\"x\".itup", written.get("file").getAsString());
		assertTrue(written.get("code").isJsonNull());
		assertEquals(1, parsed.getAsJsonObject("summary").get("warnings").getAsInt());
	}

	@Test
	void pathsOutsideTheWorkingDirectoryStayAbsolute() {
		CheckReport report = new CheckReport(List.of(), List.of(), WORKING_DIRECTORY);

		assertEquals("/work/other/p.itup", report.display(Path.of("/work/other/p.itup")));
		assertEquals("/work/plansx/p.itup", report.display(Path.of("/work/plansx/p.itup")));
		assertEquals("sub/p.itup", report.display(Path.of("sub/p.itup")));
		assertEquals("/work/p.itup", report.display(Path.of("../p.itup")));
		assertEquals(".", report.display(WORKING_DIRECTORY));
	}

	@Test
	void textLineHasNoPositionForDiagnosticsAboutAWholeFile() {
		PlanDiagnostic diagnostic = PlanDiagnostic.aboutFile(Path.of("gone"), Severity.ERROR, "no such file or folder",
				"org.itup.dsl.NoPlanFiles");

		String text = CheckFormat.TEXT.render(new CheckReport(List.of(diagnostic), List.of(), WORKING_DIRECTORY));

		assertEquals("gone: error: no such file or folder [org.itup.dsl.NoPlanFiles]\n\nno plan loaded\n"
				+ "1 error, 0 warnings, 0 infos\n", text);
	}

	private static JsonObject render(CheckReport report) {
		return JsonParser.parseString(CheckFormat.JSON.render(report)).getAsJsonObject();
	}
}
