package org.itup.dsl.load;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.itup.dsl.load.PlanDiagnostic.Severity;
import org.itup.dsl.validation.IssueCodes;

/**
 * Finds the plan files in a plan folder, the same way for the command line and for editors. Hidden folders and build
 * output ({@code target}, {@code node_modules}) are skipped. Only regular files are plan files: a pipe would block
 * the reading forever and a device such as {@code /dev/zero} never ends. Links are followed only when they lead to a
 * file or folder inside the plan folder, and a folder reached twice is searched once, so no link can make the walk
 * leave the plans or loop. What cannot be searched (a folder without permission, an entry deleted meanwhile) is
 * reported with its path and the rest is still searched.
 */
public final class PlanFolderWalk {

	private final Path start;
	private final Path root;
	private final Consumer<PlanDiagnostic> problems;
	private final Set<Path> searched = new HashSet<>();
	/** Each plan file once, by where it really lies: a link to a file of the folder would load it twice. */
	private final Map<Path, Path> foundByRealPath = new HashMap<>();

	private PlanFolderWalk(Path start, Consumer<PlanDiagnostic> problems) {
		this.start = start;
		this.root = realPathOr(start);
		this.problems = problems;
	}

	/** The plan files under a folder, sorted; what was skipped for a reason worth knowing goes to problems. */
	public static List<Path> planFiles(Path folder, Consumer<PlanDiagnostic> problems) {
		Path start = folder.toAbsolutePath().normalize();
		PlanFolderWalk walk = new PlanFolderWalk(start, problems);
		walk.search(start);
		return walk.foundByRealPath.values().stream().sorted().toList();
	}

	/** The plan files under a folder, sorted, ignoring what could not be searched. */
	public static List<Path> planFiles(Path folder) {
		return planFiles(folder, problem -> {
		});
	}

	private void search(Path folder) {
		if (!searched.add(realPathOr(folder))) {
			return; // reached again through a link: searching it twice would find its files twice, or loop
		}
		for (Path entry : entriesOf(folder)) {
			if (!isSkippedName(entry)) {
				visit(entry);
			}
		}
	}

	private List<Path> entriesOf(Path folder) {
		List<Path> entries = new ArrayList<>();
		try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
			stream.forEach(entries::add);
		} catch (AccessDeniedException e) {
			report(folder, Severity.ERROR, "cannot search this folder: permission denied; its plan files were not"
					+ " checked");
		} catch (NoSuchFileException e) {
			report(folder, Severity.WARNING, "the folder was removed while it was searched");
		} catch (IOException | RuntimeException e) {
			report(folder, Severity.ERROR, "cannot search this folder: " + e.getMessage());
		}
		return entries;
	}

	private void visit(Path entry) {
		BasicFileAttributes kind;
		try {
			kind = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
			if (kind.isSymbolicLink()) {
				kind = followLink(entry);
				if (kind == null) {
					return;
				}
			}
		} catch (NoSuchFileException e) {
			if (isPlanFileName(entry)) {
				report(entry, Severity.WARNING, "the file was removed, or its link leads nowhere, while the folder"
						+ " was searched");
			}
			return;
		} catch (IOException e) {
			report(entry, Severity.ERROR, "cannot read what this is: " + e.getMessage());
			return;
		}
		if (kind.isDirectory()) {
			search(entry);
		} else if (isPlanFileName(entry)) {
			take(entry, kind);
		}
	}

	/** What a link leads to, or null when it leads out of the plan folder. */
	private BasicFileAttributes followLink(Path link) throws IOException {
		Path target = link.toRealPath();
		if (!target.startsWith(root)) {
			if (isPlanFileName(link)) {
				report(link, Severity.WARNING, "skipped: the link leads out of the plan folder, to " + target);
			}
			return null;
		}
		return Files.readAttributes(target, BasicFileAttributes.class);
	}

	private void take(Path file, BasicFileAttributes kind) {
		if (!kind.isRegularFile()) {
			report(file, Severity.ERROR, notRegular());
			return;
		}
		Path real = realPathOr(file);
		Path known = foundByRealPath.get(real);
		if (known == null || !isOwnPath(known, real) && isOwnPath(file, real)) {
			foundByRealPath.put(real, file); // named by its own path when it is reached both ways
		}
	}

	/** Whether the file is named by its own path in the folder, not through a link. */
	private boolean isOwnPath(Path file, Path real) {
		return real.equals(root.resolve(start.relativize(file)));
	}

	static String notRegular() {
		return "not a regular file (a pipe, a device or a socket), so it cannot be read as a plan file";
	}

	private boolean isSkippedName(Path entry) {
		return isSkippedName(entry.getFileName().toString());
	}

	/** A name the walk passes over wherever it stands: hidden, or build output ({@code target}, {@code node_modules}). */
	public static boolean isSkippedName(String name) {
		return name.startsWith(".") || name.equals("target") || name.equals("node_modules");
	}

	private static boolean isPlanFileName(Path path) {
		return path.getFileName().toString().endsWith(PlanFiles.EXTENSION);
	}

	private void report(Path path, Severity severity, String message) {
		problems.accept(PlanDiagnostic.aboutFile(path, severity, message, IssueCodes.UNREADABLE_FILE));
	}

	private static Path realPathOr(Path path) {
		try {
			return path.toRealPath();
		} catch (IOException e) {
			return path;
		}
	}
}
