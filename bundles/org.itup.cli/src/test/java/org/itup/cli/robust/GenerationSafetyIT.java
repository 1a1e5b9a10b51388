package org.itup.cli.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

import org.itup.generator.OutputFolder;
import org.itup.generator.OutputLock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code itup generate} as a process, refusing before it writes: options no plan can satisfy, an empty output folder,
 * two outputs with one file name, a second run into a folder another run is writing; and saying why a write failed.
 */
class GenerationSafetyIT {

	private static final long TIMEOUT_SECONDS = 300;

	@TempDir
	Path sandbox;

	@ParameterizedTest(name = "{0} {1}")
	@CsvSource(quoteCharacter = '"', value = { "--sector, NOPE, no plan has a sector 'NOPE'",
			"--year, 12, not a year: '12'" })
	void anOptionNoPlanCanSatisfyIsRefusedBeforeAnyFileIsWritten(String option, String value, String message)
			throws Exception {
		writePlan("plans/p.itup", "p", "S");

		ItupJar.Result run = generate("plans", "-o", "out", option, value);

		assertEquals(2, run.exitCode(), run::toString);
		assertTrue(run.err().contains(message), run::toString);
		assertEquals(List.of(), OutputFiles.of(sandbox.resolve("out")));
	}

	@Test
	void anEmptyOutputFolderIsAUsageErrorNotTheCurrentFolder() throws Exception {
		writePlan("plans/p.itup", "p", "S");

		ItupJar.Result run = generate("plans", "-o", "");

		assertEquals(2, run.exitCode(), run::toString);
		assertTrue(run.err().contains("the output folder is empty"), run::toString);
		assertEquals(List.of("logs/err.txt", "logs/out.txt", "plans/p.itup"), OutputFiles.of(sandbox));
	}

	@Test
	void sectorsWhoseCodesMakeOneFileNameAreRefusedBeforeAnyFileIsWritten() throws Exception {
		Files.createDirectories(sandbox.resolve("plans"));
		Files.writeString(sandbox.resolve("plans/p.itup"), planText("p", "^A") + sectorText("_A"));

		ItupJar.Result run = generate("plans", "-o", "out", "--formats", "svg,skeleton");

		assertEquals(1, run.exitCode(), run::toString);
		assertTrue(run.err().contains("would both be written to 'diagrams/sector-_A.svg'"), run::toString);
		assertEquals(List.of(OutputLock.FILE_NAME), OutputFiles.finalNames(sandbox.resolve("out")));
		run.assertNoCrash();
	}

	@Test
	void sectorsWhoseCodesMakeOneAnchorAreRefusedInTheReportAlone() throws Exception {
		Files.createDirectories(sandbox.resolve("plans"));
		Files.writeString(sandbox.resolve("plans/p.itup"), planText("p", "^A") + sectorText("_A"));

		ItupJar.Result run = generate("plans", "-o", "out", "--formats", "html");

		assertEquals(1, run.exitCode(), run::toString);
		assertTrue(run.err().contains("would share the report's anchor 'sector-_A'"), run::toString);
		assertEquals(List.of(OutputLock.FILE_NAME), OutputFiles.finalNames(sandbox.resolve("out")));
		run.assertNoCrash();
	}

	@Test
	void plansWhoseNamesShareTheirFirstHundredCharactersAreRefused() throws Exception {
		String common = "p".repeat(100);
		writePlan("plans/one.itup", common + "1", "S");
		writePlan("plans/two.itup", common + "2", "S");

		ItupJar.Result run = generate("plans", "-o", "out", "--formats", "json,md,csv");

		assertEquals(1, run.exitCode(), run::toString);
		assertTrue(run.err().contains("would both be written to 'json/" + common + ".json'"), run::toString);
		assertEquals(List.of(OutputLock.FILE_NAME), OutputFiles.finalNames(sandbox.resolve("out")));
		run.assertNoCrash();
	}

	/**
	 * Another run holds the folder: the test process takes the operating system's lock itself, which is what a run
	 * does, so the second run meets it for certain rather than by timing. The other run's report and its temporary
	 * file must survive; once the lock is released, a run proceeds.
	 */
	@Test
	void aRunIntoAFolderAnotherRunHoldsIsRefusedAndTouchesNothing() throws Exception {
		writePlan("plans/p.itup", "p", "S");
		Path out = Files.createDirectories(sandbox.resolve("out"));
		Files.writeString(out.resolve("index.html"), "the other run's report");
		Path othersTemporary = Files.writeString(
				out.resolve(".index.html.0f8fad5b-d9cb-469f-a165-70867728950e" + OutputFolder.PARTIAL), "<p");

		try (FileChannel channel = FileChannel.open(out.resolve(OutputLock.FILE_NAME), StandardOpenOption.CREATE,
				StandardOpenOption.WRITE); FileLock held = channel.lock()) {
			List<String> before = OutputFiles.of(out);
			ItupJar.Result second = generate("plans", "-o", "out");

			assertEquals(1, second.exitCode(), second::toString);
			assertTrue(second.err().contains("another itup run is generating into " + out.toRealPath()),
					second::toString);
			assertEquals(before, OutputFiles.of(out));
			assertEquals("the other run's report", Files.readString(out.resolve("index.html")));
			assertTrue(Files.exists(othersTemporary), "the other run's temporary file was deleted");
		}

		ItupJar.Result after = generate("plans", "-o", "out");
		assertEquals(0, after.exitCode(), after::toString);
		assertEquals(List.of(), OutputFiles.temporary(out));
	}

	@Test
	void aWriteThatFailsSaysWhy() throws Exception {
		writePlan("plans/p.itup", "p", "S");
		Files.writeString(sandbox.resolve("out"), "a file, not a folder");

		ItupJar.Result run = generate("plans", "-o", "out");

		assertEquals(1, run.exitCode(), run::toString);
		assertTrue(run.err().contains("itup: cannot write the output: " + sandbox.toRealPath().resolve("out")
				+ ": already exists and is not a folder"), run::toString);
		assertEquals("a file, not a folder", Files.readString(sandbox.resolve("out")));
		run.assertNoCrash();
	}

	private ItupJar.Result generate(String... args) throws Exception {
		List<String> all = new ArrayList<>(List.of("generate"));
		all.addAll(List.of(args));
		return ItupJar.run(sandbox, sandbox.resolve("logs"), TIMEOUT_SECONDS, all.toArray(String[]::new));
	}

	private void writePlan(String file, String plan, String sector) throws IOException {
		Files.createDirectories(sandbox.resolve(file).getParent());
		Files.writeString(sandbox.resolve(file), planText(plan, sector));
	}

	private static String planText(String plan, String sector) {
		return "plan " + plan + " \"P\"\nperiod 2024 to 2027\ngoal 1 \"One\" {\n"
				+ "    target 1.1 \"More\" { by 2027 qualitative }\n}\n" + sectorText(sector);
	}

	private static String sectorText(String sector) {
		String code = sector;
		return "sector " + sector + " \"Sector\" {\n    objective " + code + ".1 \"First\" {\n        primary goal 1\n"
				+ "        outcome " + code + ".1-a \"Better\"\n        output " + code + ".1-1 \"Output one\"\n    }\n}\n";
	}
}
