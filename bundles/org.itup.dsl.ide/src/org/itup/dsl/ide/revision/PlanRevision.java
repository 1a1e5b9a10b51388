package org.itup.dsl.ide.revision;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathFilter;

/**
 * A plan folder as it was at a git revision, written out into a temporary folder so the one loader reads it like
 * any other. Read with JGit from the repository that holds the folder: no git process, no work tree touched. Only
 * plan files, their settings and monitoring data files are written out; {@link #close} deletes them. The command
 * line's {@code itup diff --old-rev} and the language server's hover against a base revision both read plans so.
 */
public final class PlanRevision implements AutoCloseable {

	/** The revision cannot be read: no repository, an unknown revision, a folder not in it. */
	public static final class RevisionException extends Exception {
		private static final long serialVersionUID = 1L;

		RevisionException(String message) {
			super(message);
		}
	}

	private final Path copy;
	private final Path folder;
	private final String commit;

	private PlanRevision(Path copy, Path folder, String commit) {
		this.copy = copy;
		this.folder = folder;
		this.commit = commit;
	}

	/** The folder the plan files of {@code folder} at {@code revision} were written into. */
	public Path folder() {
		return folder;
	}

	/** The commit the revision named, as 40 hexadecimal digits: a branch or tag moves, a commit does not. */
	public String commit() {
		return commit;
	}

	public static PlanRevision of(Path folder, String revision) throws RevisionException, IOException {
		Path absolute = folder.toAbsolutePath().normalize();
		try (Repository repository = repositoryOf(folder)) {
			File workTree = repository.getWorkTree();
			String inRepository = workTree.toPath().toAbsolutePath().normalize().relativize(absolute).toString()
					.replace(File.separatorChar, '/');
			ObjectId commit = resolve(repository, revision);
			Path copy = Files.createTempDirectory("itup-rev-");
			try {
				int files = writeOut(repository, commit, inRepository, copy);
				if (files == 0) {
					throw new RevisionException("no .itup file under " + folder + " at revision " + revision);
				}
				return new PlanRevision(copy, inRepository.isEmpty() ? copy : copy.resolve(inRepository),
						commit.name());
			} catch (RevisionException | IOException | RuntimeException e) {
				delete(copy);
				throw e;
			}
		}
	}

	/**
	 * The commit a revision names in the repository holding the folder, as 40 hexadecimal digits, without writing
	 * anything out: what a plan read at a branch or tag is cached by, since the branch may move on.
	 */
	public static String commitOf(Path folder, String revision) throws RevisionException, IOException {
		try (Repository repository = repositoryOf(folder)) {
			return resolve(repository, revision).name();
		}
	}

	private static Repository repositoryOf(Path folder) throws RevisionException, IOException {
		FileRepositoryBuilder builder = new FileRepositoryBuilder().readEnvironment()
				.findGitDir(folder.toAbsolutePath().normalize().toFile());
		if (builder.getGitDir() == null) {
			throw new RevisionException(folder + " is not inside a git repository");
		}
		return builder.setMustExist(true).build();
	}

	private static ObjectId resolve(Repository repository, String revision) throws RevisionException {
		ObjectId commit;
		try {
			commit = repository.resolve(revision + "^{commit}");
		} catch (IOException | RuntimeException e) { // bad syntax, ambiguous abbreviation, not a commit
			throw new RevisionException("cannot read revision '" + revision + "': " + e.getMessage());
		}
		if (commit == null) {
			throw new RevisionException("unknown revision '" + revision + "'");
		}
		return commit;
	}

	private static int writeOut(Repository repository, ObjectId commitId, String prefix, Path copy)
			throws IOException {
		try (RevWalk revisions = new RevWalk(repository); TreeWalk walk = new TreeWalk(repository)) {
			RevCommit commit = revisions.parseCommit(commitId);
			walk.addTree(commit.getTree());
			walk.setRecursive(true);
			if (!prefix.isEmpty()) {
				walk.setFilter(PathFilter.create(prefix));
			}
			int planFiles = 0;
			while (walk.next()) {
				String path = walk.getPathString();
				if (!isPlanData(path)) {
					continue;
				}
				Path file = copy.resolve(path).normalize();
				if (!file.startsWith(copy)) {
					continue; // a path git would not write either
				}
				Files.createDirectories(file.getParent());
				Files.write(file, repository.open(walk.getObjectId(0)).getBytes());
				planFiles += path.endsWith(".itup") ? 1 : 0;
			}
			return planFiles;
		}
	}

	/** Plan files, their settings (itup-rules.properties, itup-monitoring.properties) and monitoring data files. */
	private static boolean isPlanData(String path) {
		String name = path.substring(path.lastIndexOf('/') + 1);
		return name.endsWith(".itup") || name.endsWith(".csv") || name.startsWith("itup-") && name.endsWith(".properties");
	}

	@Override
	public void close() throws IOException {
		delete(copy);
	}

	private static void delete(Path root) throws IOException {
		try (Stream<Path> paths = Files.walk(root)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
	}
}
