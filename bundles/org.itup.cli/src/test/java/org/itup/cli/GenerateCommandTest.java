package org.itup.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code itup generate} writes the report and diagrams, says where to open them, and refuses bad usage. */
class GenerateCommandTest {

	@Test
	void writesTheReportOfTheExampleAndSaysWhereItIs(@TempDir Path output) {
		CliRun run = CliRun.of("generate", RepositoryRoot.itu2020Example().toString(), "-o", output.toString());
		assertEquals(ExitCode.OK, run.exitCode(), run::toString);
		assertTrue(Files.isRegularFile(output.resolve("index.html")));
		assertTrue(Files.isRegularFile(output.resolve("diagrams/overall.svg")));
		assertTrue(run.out().contains("open " + output.toAbsolutePath().resolve("index.html")), run::toString);
	}

	@Test
	void onlyTheFormatsAskedFor(@TempDir Path output) {
		CliRun run = CliRun.of("generate", RepositoryRoot.itu2020Example().toString(), "-o", output.toString(),
				"--formats", "svg");
		assertEquals(ExitCode.OK, run.exitCode(), run::toString);
		assertFalse(Files.exists(output.resolve("index.html")));
		assertTrue(Files.isRegularFile(output.resolve("diagrams/goal-1.svg")));
	}

	@Test
	void anUnknownFormatIsAUsageError(@TempDir Path output) {
		CliRun run = CliRun.of("generate", RepositoryRoot.itu2020Example().toString(), "-o", output.toString(),
				"--formats", "pdf");
		assertEquals(ExitCode.USAGE, run.exitCode(), run::toString);
		assertTrue(run.err().contains("unknown format 'pdf'"), run::toString);
		run.assertNoStackTrace();
	}

	@Test
	void withoutAnOutputFolderItSaysWhatIsMissing() {
		CliRun run = CliRun.of("generate", RepositoryRoot.itu2020Example().toString());
		assertEquals(ExitCode.USAGE, run.exitCode(), run::toString);
		assertTrue(run.err().contains("-o OUT"), run::toString);
	}
}
