package org.itup.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.itup.test.support.RepositoryRoot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code itup generate --period}: the period is read once, before anything is loaded, and a mistyped one is a usage
 * error; the progress report is written beside the plan's report; bad monitoring data stops the run with the file,
 * line and column of each problem, and nothing is generated from half-read data unless the run is forced.
 */
class ProgressCommandTest {

	@TempDir
	Path temp;

	@Test
	void writesTheProgressReportBesideThePlansReport() throws IOException {
		Path out = temp.resolve("out");
		CliRun run = CliRun.of("generate", plans().toString(), "-o", out.toString(), "--formats", "html",
				"--period", "2021-Q4");

		assertEquals(0, run.exitCode(), run::toString);
		assertTrue(Files.isRegularFile(out.resolve("index.html")), run::toString);
		assertTrue(Files.isRegularFile(out.resolve("progress-2021-Q4.html")), run::toString);
		assertTrue(run.out().contains("open the progress report: " + out.toRealPath().resolve("progress-2021-Q4.html")
				.toUri()), run::toString);
		run.assertNoStackTrace();
	}

	@Test
	void theSameFilesGiveTheSameBytes() throws IOException {
		for (String name : List.of("one", "two")) {
			assertEquals(0, CliRun.of("generate", plans().toString(), "-o", temp.resolve(name).toString(),
					"--formats", "html", "--period", "2021").exitCode());
		}
		assertEquals(Files.readString(temp.resolve("one/progress-2021.html")),
				Files.readString(temp.resolve("two/progress-2021.html")));
	}

	@Test
	void aMistypedPeriodIsAUsageErrorThatNamesTheForms() {
		for (String period : List.of("2022-Q5", "22", "2022-13", "2023-2021", "last year")) {
			Path out = temp.resolve("out");
			CliRun run = CliRun.of("generate", plans().toString(), "-o", out.toString(), "--period", period);

			assertEquals(ExitCode.USAGE, run.exitCode(), run::toString);
			assertTrue(run.err().contains("'" + period + "' is not a period (expected 2022, 2022-Q3, 2022-07 or"
					+ " 2020-2021)"), run::toString);
			assertFalse(Files.exists(out), run::toString);
			run.assertNoStackTrace();
		}
	}

	@Test
	void aPeriodWithoutAFormatThatShowsStatusesIsAUsageError() {
		CliRun run = CliRun.of("generate", plans().toString(), "-o", temp.resolve("out").toString(), "--formats",
				"svg,skeleton", "--period", "2021");

		assertEquals(ExitCode.USAGE, run.exitCode(), run::toString);
		assertTrue(run.err().contains("the period 2021 judges the statuses that the report and the exports show:"
				+ " add html, md, csv or json to the formats"), run::toString);
	}

	@Test
	void theExportsJudgeAsOfThePeriodAskedFor() throws IOException {
		Path asked = temp.resolve("asked");
		Path latest = temp.resolve("latest");
		assertEquals(0, CliRun.of("generate", plans().toString(), "-o", asked.toString(), "--formats", "json,csv,md",
				"--period", "2020").exitCode());
		assertEquals(0, CliRun.of("generate", plans().toString(), "-o", latest.toString(), "--formats",
				"json,csv,md").exitCode());

		assertTrue(Files.readString(asked.resolve("json/demo.json")).contains("\"asOf\": \"2020\""));
		assertTrue(Files.readString(latest.resolve("json/demo.json")).contains("\"asOf\": \"2021\""));
		List<String> statuses = Files.readAllLines(asked.resolve("csv/demo/status.csv"));
		assertTrue(statuses.size() > 1, statuses::toString);
		assertTrue(statuses.stream().skip(1).allMatch(row -> row.split(",")[1].equals("2020")), statuses::toString);
		assertTrue(Files.readString(asked.resolve("markdown/demo.md")).contains("Status as of 2020"));
		assertTrue(Files.readString(latest.resolve("markdown/demo.md")).contains("Status as of 2021"));
	}

	@Test
	void badMonitoringDataStopsTheRunAtEachProblemAndForceStillWrites() throws IOException {
		Path plans = copyOfPlans();
		append(plans.resolve("monitoring.itup"), """
				measured NO-SUCH-CODE in 2021 value 3
				measured HH in 2020-Q2 value 55 "countries"
				""");
		append(plans.resolve("measurements.csv"), """
				A1-CONN,2020,"131
				""");
		Files.writeString(plans.resolve("more.csv"), "code,period,value\nA1-CONN,2020,many\nA1-PLAN,2020,1\"0\"5\n",
				StandardCharsets.UTF_8);
		append(plans.resolve("monitoring.itup"), "data \"more.csv\"\n");
		Path out = temp.resolve("out");

		CliRun refused = CliRun.of("generate", plans.toString(), "-o", out.toString(), "--formats", "html",
				"--period", "2021");

		assertEquals(ExitCode.ERRORS, refused.exitCode(), refused::toString);
		assertTrue(refused.err().contains("nothing was generated (use --force"), refused::toString);
		assertFalse(Files.exists(out), refused::toString);
		for (String finding : List.of("monitoring.itup:16:10: error:", "monitoring.itup:17:33: error:",
				"measurements.csv:3:14: error:", "more.csv:2:14: error:", "more.csv:3:14: error:")) {
			assertTrue(refused.out().contains(finding), () -> finding + " not reported:\n" + refused);
		}
		refused.assertNoStackTrace();

		CliRun forced = CliRun.of("generate", plans.toString(), "-o", out.toString(), "--formats", "html",
				"--period", "2021", "--force");
		assertEquals(0, forced.exitCode(), forced::toString);
		assertTrue(Files.readString(out.resolve("progress-2021.html")).contains("Progress in 2021"), forced::toString);
	}

	@Test
	void thePlanFoldersThresholdsDecideAndAWrongOneIsRefusedNamingIt() throws IOException {
		Path plans = copyOfPlans();
		// 1.1 makes 57.8 % of the required growth: off track below the default 60 %, at risk from 50 %
		Files.writeString(plans.resolve("itup-monitoring.properties"), "status.atRisk=0.5\n");
		Path out = temp.resolve("out");
		assertEquals(0, CliRun.of("generate", plans.toString(), "-o", out.toString(), "--formats", "html",
				"--period", "2021").exitCode());
		assertTrue(Files.readString(out.resolve("progress-2021.html"))
				.contains("<tr id=\"progress-1.1\" class=\"series s-at-risk\">"));

		Files.writeString(plans.resolve("itup-monitoring.properties"), "status.onTrack=ninety\n");
		Path other = temp.resolve("other");
		CliRun run = CliRun.of("generate", plans.toString(), "-o", other.toString(), "--formats", "html",
				"--period", "2021");
		assertEquals(ExitCode.USAGE, run.exitCode(), run::toString);
		assertTrue(run.err().contains("itup-monitoring.properties: status.onTrack=ninety"), run::toString);
		assertFalse(Files.exists(other), run::toString);
		run.assertNoStackTrace();
	}

	private static Path plans() {
		return RepositoryRoot.fixture("progress");
	}

	private Path copyOfPlans() throws IOException {
		Path copy = Files.createDirectories(temp.resolve("plans"));
		try (Stream<Path> files = Files.list(plans())) {
			for (Path file : files.toList()) {
				Files.copy(file, copy.resolve(file.getFileName()));
			}
		}
		return copy;
	}

	private static void append(Path file, String text) throws IOException {
		Files.writeString(file, Files.readString(file, StandardCharsets.UTF_8) + text, StandardCharsets.UTF_8);
	}
}
