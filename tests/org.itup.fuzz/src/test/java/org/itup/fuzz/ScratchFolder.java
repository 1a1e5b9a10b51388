package org.itup.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A fresh folder for one fuzz input: the plan files go to {@code plans/}, generated files to {@code out/}. Deleted
 * afterwards, so thousands of runs a minute leave nothing behind.
 */
final class ScratchFolder implements AutoCloseable {

	private final Path root;

	private ScratchFolder(Path root) {
		this.root = root;
	}

	static ScratchFolder create() throws IOException {
		return new ScratchFolder(Files.createTempDirectory("itup-fuzz-").toRealPath());
	}

	Path root() {
		return root;
	}

	Path plans() {
		return root.resolve("plans");
	}

	Path output() {
		return root.resolve("out");
	}

	/** Writes the plan files by their names into {@code plans/}. */
	Path writePlans(Map<String, byte[]> files) throws IOException {
		Files.createDirectories(plans());
		for (Map.Entry<String, byte[]> file : files.entrySet()) {
			Files.write(plans().resolve(file.getKey()), file.getValue());
		}
		return plans();
	}

	@Override
	public void close() throws IOException {
		try (Stream<Path> paths = Files.walk(root)) {
			paths.sorted(Comparator.reverseOrder()).forEach(ScratchFolder::delete);
		} catch (UncheckedIOException e) {
			throw e.getCause();
		}
	}

	private static void delete(Path path) {
		try {
			Files.delete(path);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
