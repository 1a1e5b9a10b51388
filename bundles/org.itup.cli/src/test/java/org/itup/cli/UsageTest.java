package org.itup.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Command lines that are wrong exit 2 with the usage on stderr; asking for help or the version exits 0. */
class UsageTest {

	@ParameterizedTest
	@ValueSource(strings = { "", "frobnicate", "--frobnicate", "check", "check --format", "check x --format xml",
			"check x --frobnicate", "check --format=yaml x", "help frobnicate", "help check check" })
	void badUsageExits2WithUsageOnStderr(String commandLine) {
		CliRun run = CliRun.of(commandLine.isEmpty() ? new String[0] : commandLine.split(" "));

		assertEquals(ExitCode.USAGE, run.exitCode(), run::toString);
		assertTrue(run.err().startsWith("itup: "), run::toString);
		assertTrue(run.err().contains("Usage: itup "), run::toString);
		assertEquals("", run.out(), run::toString);
		run.assertNoStackTrace();
	}

	@ParameterizedTest
	@ValueSource(strings = { "--help", "-h", "help" })
	void helpPrintsUsageWithExitCodes(String option) {
		CliRun run = CliRun.of(option);

		assertEquals(ExitCode.OK, run.exitCode(), run::toString);
		assertTrue(run.out().startsWith("Usage: itup COMMAND"), run::toString);
		assertTrue(run.out().contains("check PATH... [--format text|json|sarif] [--fail-on error|warning]"), run::toString);
		assertTrue(run.out().contains("3  internal error"), run::toString);
		assertEquals("", run.err());
	}

	@Test
	void commandHelpPrintsTheCommandsUsage() {
		for (CliRun run : new CliRun[] { CliRun.of("help", "check"), CliRun.of("check", "--help") }) {
			assertEquals(ExitCode.OK, run.exitCode(), run::toString);
			assertTrue(run.out().startsWith("Usage: itup check PATH..."), run::toString);
		}
	}

	@Test
	void versionIsTheBuildsVersion() {
		CliRun run = CliRun.of("--version");

		assertEquals(ExitCode.OK, run.exitCode(), run::toString);
		assertTrue(run.out().matches("itup \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\n"), run::toString);
	}

	@Test
	void unexpectedFailureIsOneLineAndExit3() {
		CliRun run = CliRun.of((String[]) null);

		assertEquals(ExitCode.INTERNAL_ERROR, run.exitCode(), run::toString);
		assertTrue(run.err().startsWith("itup: internal error: "), run::toString);
		assertEquals(1, run.err().lines().count(), run::toString);
		assertFalse(run.err().contains("\tat "), run::toString);
	}
}
