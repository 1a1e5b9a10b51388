package org.itup.generator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The folder a generator writes into. Every write lands inside it, whatever names a plan contains, and is atomic:
 * the content goes to a temporary file beside the target and is moved over it, so a killed process never leaves a
 * half-written file. A killed process can leave such a temporary file, named {@code .<name>.<uuid>.itup-partial};
 * {@link #removeLeftovers()} removes them from every folder a later run writes into. A folder made with
 * {@link #staged(Path)} keeps every temporary file until {@link #commit()}, so a run that fails half-way (a refused
 * option, a damaged skeleton, two outputs with one name) replaces nothing. Two writes to one name in a run are refused:
 * the second would silently replace the first.
 */
public final class OutputFolder {

	/** How the name of a temporary file ends, so people and the next run can tell it from real output. */
	public static final String PARTIAL = ".itup-partial";

	private static final Pattern LEFTOVER = Pattern
			.compile("\\..+\\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}" + Pattern.quote(PARTIAL));

	private final Path root;
	private final boolean staged;
	private final Set<Path> written = new LinkedHashSet<>();
	private final Map<String, Path> writtenIgnoringCase = new HashMap<>();
	/** Temporary file by final file, in the order written; moved into place by {@link #commit()}. */
	private final Map<Path, Path> pending = new LinkedHashMap<>();
	private final List<String> notices = new ArrayList<>();

	/** A folder whose every write is in place as soon as it returns. */
	public OutputFolder(Path root) throws IOException {
		this(root, false);
	}

	private OutputFolder(Path root, boolean staged) throws IOException {
		this.root = Files.createDirectories(root.toAbsolutePath().normalize()).toRealPath();
		this.staged = staged;
	}

	/** A folder whose writes stay temporary files until {@link #commit()}; {@link #discard()} deletes them. */
	public static OutputFolder staged(Path root) throws IOException {
		return new OutputFolder(root, true);
	}

	public Path root() {
		return root;
	}

	/** The files written through this folder so far, in the order first written; for telling users where to look. */
	public List<Path> written() {
		return List.copyOf(written);
	}

	/** What a writer tells the user beside the files (a skeleton kept for a sector that is gone), in order. */
	public List<String> notices() {
		return List.copyOf(notices);
	}

	public void notice(String message) {
		notices.add(message);
	}

	/** The current content of a file in the folder, if there is one: what regeneration must not lose. */
	public Optional<String> read(String relativeName) throws IOException {
		Path file = resolve(relativeName);
		return Files.isRegularFile(file) ? Optional.of(Files.readString(file, StandardCharsets.UTF_8)) : Optional.empty();
	}

	/** The names of the files directly in a folder of the output (none when it does not exist), sorted. */
	public List<String> filesIn(String relativeFolder) throws IOException {
		Path folder = resolve(relativeFolder + "/x").getParent();
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(file -> Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS))
					.map(file -> file.getFileName().toString()).sorted().toList();
		}
	}

	/** The file a relative name stands for; refuses names that would leave the folder. */
	public Path resolve(String relativeName) throws IOException {
		Path relative = Path.of(relativeName);
		if (relative.isAbsolute() || relativeName.isBlank()) {
			throw new IOException("not a relative file name: '" + relativeName + "'");
		}
		Path target = root.resolve(relative).normalize();
		if (!target.startsWith(root) || target.equals(root)) {
			throw new IOException("'" + relativeName + "' would be written outside " + root);
		}
		Path parent = Files.createDirectories(target.getParent()).toRealPath();
		if (!parent.startsWith(root)) {
			throw new IOException("'" + relativeName + "' leads outside " + root + " through a link");
		}
		Path file = parent.resolve(target.getFileName());
		refuseLinkOutside(relativeName, file);
		return file;
	}

	/**
	 * A link at an output's place that points outside the folder is neither read (a skeleton's regions would be taken
	 * from a file the run must not touch) nor replaced; a link that cannot be followed counts as leaving.
	 */
	private void refuseLinkOutside(String relativeName, Path file) throws IOException {
		if (!Files.isSymbolicLink(file)) {
			return;
		}
		Path real;
		try {
			real = file.toRealPath();
		} catch (IOException e) {
			real = Files.readSymbolicLink(file);
		}
		if (!real.startsWith(root)) {
			throw new IOException("'" + relativeName + "' in " + root + " is a link to " + real + ", outside the output"
					+ " folder; itup neither reads nor replaces it: remove the link and generate again");
		}
	}

	public Path write(String relativeName, String content) throws IOException {
		return write(relativeName, content.getBytes(StandardCharsets.UTF_8));
	}

	public Path write(String relativeName, byte[] content) throws IOException {
		Path target = resolve(relativeName);
		refuseCaseTwin(target);
		refuseSecondWrite(target);
		// Not Files.createTempFile: its owner-only permissions would carry over to the report, which others must read.
		Path temporary = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + PARTIAL);
		try {
			Files.write(temporary, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
			if (staged) {
				pending.put(target, temporary);
			} else {
				moveOver(temporary, target);
			}
		} finally {
			if (!staged) {
				Files.deleteIfExists(temporary);
			}
		}
		written.add(target);
		return target;
	}

	/** Moves every staged file into place, each atomically, in the order written. */
	public void commit() throws IOException {
		for (Map.Entry<Path, Path> file : List.copyOf(pending.entrySet())) {
			moveOver(file.getValue(), file.getKey());
			pending.remove(file.getKey());
		}
	}

	/** Deletes the staged files not yet committed: what a failed run leaves is the folder as it was. */
	public void discard() throws IOException {
		for (Path temporary : List.copyOf(pending.values())) {
			Files.deleteIfExists(temporary);
		}
		pending.clear();
	}

	/**
	 * Two outputs of one run with one file name (two plans whose names become the same file name, sectors {@code ^A}
	 * and {@code _A}) would leave only the second: the run stops instead, naming the file.
	 */
	private void refuseSecondWrite(Path target) throws IOException {
		if (written.contains(target)) {
			throw collision(root.relativize(target).toString());
		}
	}

	/** The refusal of a second output with the file name of one this run already made. */
	public static IOException collision(String relativeName) {
		return new IOException("two outputs of this run would both be written to '" + relativeName + "' (their plans"
				+ " or elements have names that make the same file name): rename one");
	}

	/**
	 * Windows and macOS take names that differ only in case for one file, so two plan elements whose codes differ
	 * only in case (sector {@code s1} and {@code S1}) would silently overwrite each other's output there. A run
	 * refuses the second such name on every system, so a plan generates the same files everywhere.
	 */
	private void refuseCaseTwin(Path target) throws IOException {
		Path twin = writtenIgnoringCase.putIfAbsent(target.toString().toLowerCase(Locale.ROOT), target);
		if (twin != null && !twin.equals(target)) {
			throw new IOException("'" + root.relativize(target) + "' and '" + root.relativize(twin) + "' differ only"
					+ " in upper and lower case, which Windows and macOS take for one file: give the elements codes"
					+ " that differ by more than case");
		}
	}

	/**
	 * Deletes the temporary files that killed runs left in the folders this run wrote into (and the root), so an
	 * interrupted generation is cleaned up by the next one. Returns how many it deleted.
	 */
	public int removeLeftovers() throws IOException {
		Set<Path> folders = new LinkedHashSet<>();
		folders.add(root);
		written.forEach(file -> folders.add(file.getParent()));
		int removed = 0;
		for (Path folder : folders) {
			try (Stream<Path> files = Files.list(folder)) {
				for (Path file : files.filter(OutputFolder::isLeftover).toList()) {
					removed += Files.deleteIfExists(file) ? 1 : 0;
				}
			}
		}
		return removed;
	}

	private static boolean isLeftover(Path file) {
		return LEFTOVER.matcher(file.getFileName().toString()).matches() && Files.isRegularFile(file,
				LinkOption.NOFOLLOW_LINKS);
	}

	private static void moveOver(Path temporary, Path target) throws IOException {
		try {
			Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} catch (AtomicMoveNotSupportedException e) {
			Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
		}
	}
}
