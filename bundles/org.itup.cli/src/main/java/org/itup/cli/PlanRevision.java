package org.itup.cli;

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
 * plan files, their settings and monitoring data files are written out; {@link #close} deletes them.
 */
final class PlanRevision implements AutoCloseable {

	/** The revision cannot be read: no repository, an unknown revision, a folder not in it. */
	static final class RevisionException extends Exception {
		private static final long serialVersionUID = 1L;

		RevisionException(String message) {
			super(message);
		}
	}

	private final Path copy;
	private final Path folder;

	private PlanRevision(Path copy, Path folder) {
		this.copy = copy;
		this.folder = folder;
	}

	/** The folder the plan files of {@code folder} at {@code revision} were written into. */
	Path folder() {
		return folder;
	}

	static PlanRevision of(Path folder, String revision) throws RevisionException, IOException {
		Path absolute = folder.toAbsolutePath().normalize();
		FileRepositoryBuilder builder = new FileRepositoryBuilder().readEnvironment().findGitDir(absolute.toFile());
		if (builder.getGitDir() == null) {
			throw new RevisionException(folder + " is not inside a git repository");
		}
		try (Repository repository = builder.setMustExist(true).build()) {
			File workTree = repository.getWorkTree();
			String inRepository = workTree.toPath().toAbsolutePath().normalize().relativize(absolute).toString()
					.replace(File.separatorChar, '/');
			ObjectId commit = resolve(repository, revision);
			if (commit == null) {
				throw new RevisionException("unknown revision '" + revision + "'");
			}
			Path copy = Files.createTempDirectory("itup-rev-");
			try {
				int files = writeOut(repository, commit, inRepository, copy);
				if (files == 0) {
					throw new RevisionException("no .itup file under " + folder + " at revision " + revision);
				}
				return new PlanRevision(copy, inRepository.isEmpty() ? copy : copy.resolve(inRepository));
			} catch (RevisionException | IOException | RuntimeException e) {
				delete(copy);
				throw e;
			}
		}
	}

	private static ObjectId resolve(Repository repository, String revision) throws RevisionException {
		try {
			return repository.resolve(revision + "^{commit}");
		} catch (IOException | RuntimeException e) { // bad syntax, ambiguous abbreviation, not a commit
			throw new RevisionException("cannot read revision '" + revision + "': " + e.getMessage());
		}
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
