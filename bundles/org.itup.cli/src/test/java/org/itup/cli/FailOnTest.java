package org.itup.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --fail-on} decides which findings fail a CI gate: errors by default, or warnings too. */
class FailOnTest {

	/** Only a warning: the objective has no output. */
	private static final String WARNING_ONLY = """
			plan w period 2020 to 2023
			goal 1 { target 1.1 { by 2023 qualitative } }
			inter-sectoral I { objective I.1 { primary goal 1 outcome I.1-a "Reach" } }
			""";

	@TempDir
	Path folder;

	@Test
	void warningsPassByDefault() throws Exception {
		CliRun run = CliRun.of("check", plan().toString());
		assertEquals(ExitCode.OK, run.exitCode(), run::toString);
		assertTrue(run.out().endsWith("\n0 errors, 1 warning, 0 infos\n"), run::toString);
	}

	@Test
	void warningsFailWithFailOnWarning() throws Exception {
		assertEquals(ExitCode.ERRORS, CliRun.of("check", "--fail-on", "warning", plan().toString()).exitCode());
		assertEquals(ExitCode.ERRORS, CliRun.of("check", "--fail-on=warning", plan().toString()).exitCode());
		assertEquals(ExitCode.OK, CliRun.of("check", "--fail-on", "error", plan().toString()).exitCode());
	}

	@Test
	void unknownLevelIsAUsageError() throws Exception {
		CliRun run = CliRun.of("check", "--fail-on", "info", plan().toString());
		assertEquals(ExitCode.USAGE, run.exitCode(), run::toString);
		assertTrue(run.err().contains("unknown level 'info' for --fail-on: use error or warning"), run::toString);
		run.assertNoStackTrace();
	}

	private Path plan() throws Exception {
		return Files.writeString(folder.resolve("w.itup"), WARNING_ONLY, StandardCharsets.UTF_8);
	}
}
