package org.itup.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code itup lsp} refuses wrong options before it starts serving, and documents itself. */
class LspUsageTest {

	@ParameterizedTest
	@ValueSource(strings = { "lsp --frobnicate", "lsp --sdg-titles", "lsp --sdg-titles /no/such/folder",
			"lsp --sdg-titles . extra" })
	void wrongOptionsExit2BeforeServing(String commandLine) {
		CliRun run = CliRun.of(commandLine.split(" "));

		assertEquals(ExitCode.USAGE, run.exitCode(), run::toString);
		assertTrue(run.err().contains("Usage: itup lsp"), run::toString);
		assertEquals("", run.out(), run::toString);
		run.assertNoStackTrace();
	}

	@Test
	void missingTitleFolderIsNamed() {
		CliRun run = CliRun.of("lsp", "--sdg-titles", "/no/such/folder");

		assertTrue(run.err().startsWith("itup: --sdg-titles: no such folder: /no/such/folder"), run::toString);
	}

	@Test
	void helpDescribesTheServerAndItsSetting() {
		CliRun run = CliRun.of("help", "lsp");

		assertEquals(ExitCode.OK, run.exitCode(), run::toString);
		assertTrue(run.out().startsWith("Usage: itup lsp [--sdg-titles FOLDER]"), run::toString);
		assertTrue(run.out().contains("itup.sdgTitles"), run::toString);
	}
}
