package org.itup.cli.robust;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.itup.generator.OutputFolder;

/** The files of an output folder as '/'-separated relative names in sorted order, told apart by kind. */
final class OutputFiles {

	private OutputFiles() {
	}

	static List<String> of(Path folder) throws IOException {
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		try (Stream<Path> walk = Files.walk(folder)) {
			return walk.filter(Files::isRegularFile).map(file -> folder.relativize(file).toString().replace('\\', '/'))
					.sorted().toList();
		}
	}

	/** Files with their final names: everything but the temporary files of killed writes. */
	static List<String> finalNames(Path folder) throws IOException {
		return of(folder).stream().filter(name -> !isTemporary(name)).toList();
	}

	/** The temporary files of killed writes. */
	static List<String> temporary(Path folder) throws IOException {
		return of(folder).stream().filter(OutputFiles::isTemporary).toList();
	}

	private static boolean isTemporary(String name) {
		return name.endsWith(OutputFolder.PARTIAL);
	}
}
