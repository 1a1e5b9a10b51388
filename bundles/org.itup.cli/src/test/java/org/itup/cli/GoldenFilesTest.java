package org.itup.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exports and the skeleton of a small plan that uses every part of the language, byte for byte against the
 * files under {@code src/test/resources/golden/small/expected}. After an intended change of output, regenerate
 * them with {@code ./itup generate golden/small/plan.itup -o golden/small/expected --formats md,csv,json,skeleton}
 * (paths under {@code src/test/resources}) and review the difference.
 */
class GoldenFilesTest {

	private static final Path GOLDEN = RepositoryRoot.path().resolve("bundles/org.itup.cli/src/test/resources/golden/small");

	@TempDir
	Path out;

	@Test
	void smallPlanExportsMatchTheGoldenFiles() throws IOException {
		CliRun run = CliRun.of("generate", GOLDEN.resolve("plan.itup").toString(), "-o", out.toString(), "--formats",
				"md,csv,json,skeleton");
		assertEquals(0, run.exitCode(), run::toString);
		Path expected = GOLDEN.resolve("expected");

		assertEquals(files(expected), files(out));
		for (Path file : files(expected)) {
			assertEquals(Files.readString(expected.resolve(file)), Files.readString(out.resolve(file)), file::toString);
		}
	}

	private static List<Path> files(Path root) throws IOException {
		try (Stream<Path> files = Files.walk(root)) {
			return files.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
		}
	}
}
