package org.itup.generator.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.itup.test.support.RepositoryRoot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exports and the skeleton of a small plan that uses every part of the language, byte for byte against the
 * files under {@code src/test/resources/golden/small/expected}. After an intended change of output, regenerate
 * them with {@code ./itup generate golden/small/plan.itup -o golden/small/expected --formats md,csv,json,skeleton}
 * (paths under {@code src/test/resources}) and review the difference.
 */
class GoldenFilesTest {

	private static final Path GOLDEN = RepositoryRoot.path()
			.resolve("tests/org.itup.generator.tests/src/test/resources/golden/small");

	@TempDir
	Path out;

	@Test
	void smallPlanExportsMatchTheGoldenFiles() throws IOException {
		Generation.run(GOLDEN.resolve("plan.itup"), out, Generation.formats("md", "csv", "json", "skeleton"));
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
