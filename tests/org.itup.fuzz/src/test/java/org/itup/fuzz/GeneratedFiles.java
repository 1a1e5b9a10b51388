package org.itup.fuzz;

import static java.nio.file.LinkOption.NOFOLLOW_LINKS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.itup.generator.OutputLock;
import org.itup.generator.PlanGeneration;

/**
 * What a generation run must leave: exactly the files it says it wrote, all inside the output folder (no temporary
 * file, no link), each readable by the tools its format is meant for.
 */
final class GeneratedFiles {

	private GeneratedFiles() {
	}

	static void assertSound(PlanGeneration.Result result, Path output, boolean valid) throws IOException {
		Path root = output.toRealPath();
		assertEquals(root, result.outputRoot());
		Set<Path> reported = new TreeSet<>(result.files());
		assertFalse(valid && reported.isEmpty(), "a valid plan generated nothing");
		try (Stream<Path> walk = Files.walk(root)) {
			// the lock that keeps a second run out of the folder stays, so the next run can lock it too
			Set<Path> onDisk = walk.filter(p -> !Files.isDirectory(p, NOFOLLOW_LINKS))
					.filter(p -> !p.equals(root.resolve(OutputLock.FILE_NAME)))
					.collect(Collectors.toCollection(TreeSet::new));
			assertEquals(reported, onDisk, "the output folder holds other files than the ones written");
		}
		for (Path file : reported) {
			assertTrue(Files.isRegularFile(file, NOFOLLOW_LINKS), () -> "not a file: " + file);
			assertReadable(file, Files.readString(file, StandardCharsets.UTF_8));
		}
	}

	/** NUL, ESC, BEL and their kind break the tools that open exports, and the terminals that print them. */
	private static void assertNoControlCharacters(Path file, String content) {
		for (int i = 0; i < content.length(); i++) {
			char c = content.charAt(i);
			int at = i;
			assertFalse(c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c >= 0x7F && c <= 0x9F,
					() -> file + " holds the control character U+" + Integer.toHexString(c) + " at " + at);
		}
	}

	private static void assertReadable(Path file, String content) {
		String name = file.getFileName().toString();
		if (name.endsWith(".md") || name.endsWith(".csv") || name.endsWith(".json")) {
			assertNoControlCharacters(file, content);
		}
		if (name.endsWith(".json")) {
			OutputFormats.assertStrictJson(file, content);
		} else if (name.endsWith(".svg")) {
			OutputFormats.assertWellFormedXml(file, content);
		} else if (name.endsWith(".html")) {
			OutputFormats.assertReportHtml(file, content);
		} else if (name.endsWith(".csv")) {
			OutputFormats.assertRectangularCsv(file, content);
		}
	}
}
