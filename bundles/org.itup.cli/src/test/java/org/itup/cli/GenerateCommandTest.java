package org.itup.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.itup.test.support.RepositoryRoot;
import org.itup.test.support.SkeletonPlan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code itup generate}: what it writes, what it refuses, and how it tells the user. */
class GenerateCommandTest {

	@TempDir
	Path temp;

	@Test
	void writesEveryFormatOfTheItuExampleAndSaysWhere() throws IOException {
		Path out = temp.resolve("out");
		CliRun run = CliRun.of("generate", RepositoryRoot.itu2020Example().toString(), "-o", out.toString());

		assertEquals(0, run.exitCode(), run::toString);
		assertTrue(run.out().startsWith("wrote "), run::toString);
		assertTrue(run.out().contains(out.toRealPath().toString()), run::toString);
		for (String file : List.of("markdown/itu2020.md", "json/itu2020.json", "csv/itu2020/linkage-matrix.csv",
				"csv/itu2020/outputs.csv", "operational/itu2020/ITU-R-2020.itup",
				"operational/itu2020/GS-2020.itup")) {
			assertTrue(Files.isRegularFile(out.resolve(file)), () -> file + " missing:\n" + run);
			assertTrue(run.out().contains("  " + file + "\n"), () -> file + " not listed:\n" + run);
		}
		run.assertNoStackTrace();
	}

	@Test
	void countsWhatItWroteInPlainEnglish() throws IOException {
		Path out = temp.resolve("one");
		CliRun run = CliRun.of("generate", RepositoryRoot.itu2020Example().toString(), "--formats", "json", "-o",
				out.toString());

		assertEquals(0, run.exitCode(), run::toString);
		assertTrue(run.out().startsWith("wrote 1 file to "), run::toString);
	}

	@Test
	void showsPlainProgressLinesWhenNotOnATerminal() {
		CliRun run = CliRun.of("generate", RepositoryRoot.itu2020Example().toString(), "-o",
				temp.resolve("out").toString(), "--formats", "md,json");

		assertEquals(0, run.exitCode(), run::toString);
		assertEquals("generating md (1/2)\ngenerating json (2/2)\n", run.err());
	}

	@Test
	void refusesAPlanWithErrorsAndWritesNothing() throws IOException {
		Path plans = Files.createDirectories(temp.resolve("plans"));
		Files.writeString(plans.resolve("broken.itup"), "plan broken\ngoal 1 \"One\" {\n");
		Path out = temp.resolve("out");

		CliRun run = CliRun.of("generate", plans.toString(), "-o", out.toString(), "--formats", "md");

		assertEquals(1, run.exitCode(), run::toString);
		assertTrue(run.out().contains("broken.itup:"), run::toString);
		assertTrue(run.err().contains("nothing was generated (use --force"), run::toString);
		assertFalse(Files.exists(out), run::toString);
		run.assertNoStackTrace();
	}

	@Test
	void forceGeneratesDespiteErrors() throws IOException {
		Path plans = Files.createDirectories(temp.resolve("plans"));
		Files.writeString(plans.resolve("plan.itup"), "plan p \"P\"\ngoal 1 \"One\" { }\nsector S { objective S.1 {"
				+ " primary goal 9 } }\n");
		Path out = temp.resolve("out");

		CliRun run = CliRun.of("generate", plans.toString(), "-o", out.toString(), "--formats", "md,csv", "--force");

		assertEquals(0, run.exitCode(), run::toString);
		assertTrue(run.out().contains("error"), run::toString);
		assertTrue(Files.isRegularFile(out.resolve("markdown/p.md")), run::toString);
		assertTrue(Files.isRegularFile(out.resolve("csv/p/linkage-matrix.csv")), run::toString);
	}

	@Test
	void unknownFormatIsAUsageErrorNamingTheFormats() {
		CliRun run = CliRun.of("generate", RepositoryRoot.itu2020Example().toString(), "-o",
				temp.resolve("out").toString(), "--formats", "md,pdf");

		assertEquals(2, run.exitCode(), run::toString);
		assertTrue(run.err().startsWith("itup: unknown format 'pdf': use one or more of html, svg, md, csv, json, skeleton"),
				run::toString);
		assertFalse(Files.exists(temp.resolve("out")));
	}

	@Test
	void unknownSectorAndBadYearAreUsageErrors() {
		String example = RepositoryRoot.itu2020Example().toString();
		String out = temp.resolve("out").toString();

		CliRun sector = CliRun.of("generate", example, "-o", out, "--formats", "skeleton", "--sector", "ITU-X");
		CliRun year = CliRun.of("generate", example, "-o", out, "--formats", "skeleton", "--year", "20x1");

		assertEquals(2, sector.exitCode(), sector::toString);
		assertTrue(sector.err().contains("itup: no plan has a sector 'ITU-X': use one of ITU-R, ITU-T, ITU-D, I, GS\n"),
				sector::toString);
		assertEquals(2, year.exitCode(), year::toString);
		assertTrue(year.err().contains("itup: not a year: '20x1' (give four digits, e.g. 2021)\n"), year::toString);
	}

	@Test
	void missingOutputFolderIsAUsageError() {
		CliRun run = CliRun.of("generate", RepositoryRoot.itu2020Example().toString());

		assertEquals(2, run.exitCode(), run::toString);
		assertTrue(run.err().startsWith("itup: generate needs an output folder: -o OUT"), run::toString);
	}

	@Test
	void sdgTitlesFolderThatIsNotThereIsAUsageErrorNamingIt() {
		Path typo = temp.resolve("sdg-titels");
		CliRun run = CliRun.of("generate", RepositoryRoot.itu2020Example().toString(), "-o",
				temp.resolve("out").toString(), "--formats", "html", "--sdg-titles", typo.toString());

		assertEquals(2, run.exitCode(), run::toString);
		assertTrue(run.err().startsWith("itup: --sdg-titles: no such folder: " + typo + "\n"), run::toString);
		assertTrue(run.err().contains("Usage: itup generate"), run::toString);
		assertFalse(Files.exists(temp.resolve("out")), run::toString);
	}

	@Test
	void sdgTitlesFolderWithoutTitleFilesIsAUsageErrorNamingWhatItLacks() throws IOException {
		Path empty = Files.createDirectories(temp.resolve("titles"));
		CliRun run = CliRun.of("generate", RepositoryRoot.itu2020Example().toString(), "-o",
				temp.resolve("out").toString(), "--formats", "md", "--sdg-titles", empty.toString());

		assertEquals(2, run.exitCode(), run::toString);
		assertTrue(run.err().startsWith("itup: --sdg-titles: the folder " + empty + " holds none of the SDG title files"
				+ " global_goals.yml, global_targets.yml, global_indicators.yml\n"), run::toString);
		assertFalse(Files.exists(temp.resolve("out")), run::toString);
	}

	@Test
	void aBadYearIsAUsageErrorEvenWithoutSkeletons() {
		CliRun run = CliRun.of("generate", RepositoryRoot.itu2020Example().toString(), "-o",
				temp.resolve("out").toString(), "--formats", "md", "--year", "20x1");

		assertEquals(2, run.exitCode(), run::toString);
		assertTrue(run.err().startsWith("itup: not a year: '20x1' (give four digits, e.g. 2021)\n"), run::toString);
		assertFalse(Files.exists(temp.resolve("out")), run::toString);
	}

	@Test
	void planWithGoalCodesDifferingInCaseStopsWithAClearMessage() throws IOException {
		Path plan = Files.writeString(Files.createDirectories(temp.resolve("plans")).resolve("p.itup"),
				"plan p \"P\" period 2024 to 2027\ngoal g1 \"G\" { target g1.1 \"T\" { by 2027 qualitative } }\n"
						+ "goal G1 \"G\" { target G1.1 \"T\" { by 2027 qualitative } }\n");

		CliRun run = CliRun.of("generate", plan.toString(), "-o", temp.resolve("out").toString(), "--formats", "svg");

		assertEquals(ExitCode.ERRORS, run.exitCode(), run::toString);
		assertTrue(run.err().contains("differ only in upper and lower case"), run::toString);
		run.assertNoStackTrace();
	}

	/** A skeleton whose markers were damaged by hand: the command stops with exit 1 and says where, keeping it. */
	@Test
	void damagedMarkersAreRefusedAndTheFileIsKept() throws IOException {
		Path plans = temp.resolve("plans");
		Path out = temp.resolve("out");
		SkeletonPlan.write(plans, "S.1-1");
		CliRun first = CliRun.of("generate", plans.toString(), "-o", out.toString(), "--formats", "skeleton");
		assertEquals(0, first.exitCode(), first::toString);
		Path skeleton = out.resolve("operational/p/S-2024.itup");
		String damaged = Files.readString(skeleton).replace("// END PROTECTED REGION output S.1-1", "// the end");
		Files.writeString(skeleton, damaged);

		CliRun run = CliRun.of("generate", plans.toString(), "-o", out.toString(), "--formats", "skeleton");

		assertEquals(1, run.exitCode(), run::toString);
		assertTrue(run.err().contains("protected region 'output S.1-1' has no '// END PROTECTED REGION output S.1-1'"
				+ " line"), run::toString);
		assertEquals(damaged, Files.readString(skeleton));
		run.assertNoStackTrace();
	}
}
