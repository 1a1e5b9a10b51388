package org.itup.dsl.ide.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.util.IAcceptor;
import org.eclipse.xtext.util.IFileSystemScanner;
import org.eclipse.xtext.util.UriExtensions;
import org.itup.dsl.load.PlanFolderWalk;

import com.google.inject.Inject;

/**
 * Finds the plan files of a workspace folder exactly as {@code itup check} finds them ({@link PlanFolderWalk}):
 * hidden folders and files, {@code target/} and {@code node_modules/} skipped, only regular files taken (a FIFO named
 * {@code f.itup} would block the first build for ever), links followed only inside the folder and each folder and
 * file taken once, by its own path (a {@code self -> .} link would otherwise load every file again at each level, and
 * a loop of links would never end). Files are named by the URI the server gives an opened file, so an opened file is
 * the scanned one. Xtext's stock scanner does none of this.
 */
public class PlanFolderScanner implements IFileSystemScanner {

	/** Writes file URIs as the server writes the editor's ({@code file:///...}): one file, one resource. */
	@Inject
	private UriExtensions uris;

	@Override
	public void scan(URI root, IAcceptor<URI> acceptor) {
		if (root == null || !root.isFile()) {
			return; // only local folders are read
		}
		for (Path file : PlanFolderWalk.planFiles(Path.of(root.toFileString()))) {
			acceptor.accept(uris.toEmfUri(file.toAbsolutePath().toUri()));
		}
	}

	/**
	 * Whether the scan would pass over this file of the workspace folder: a hidden name or a build output folder on
	 * its way, not a regular file, or a link to a file the scan reads by its own path. The editor's watcher reports
	 * files one by one, so the rules of the walk are applied to the one path rather than walking again.
	 */
	static boolean passesOver(Path root, Path file) {
		if (!file.startsWith(root) || !Files.isRegularFile(file) || readElsewhere(root, file)) {
			return true;
		}
		for (Path name : root.relativize(file)) {
			if (PlanFolderWalk.isSkippedName(name.toString())) {
				return true;
			}
		}
		return false;
	}

	/** A link to a file of the folder (the scan reads that file by its own path), or out of the folder. */
	private static boolean readElsewhere(Path root, Path file) {
		try {
			Path realRoot = root.toRealPath();
			Path real = file.toRealPath();
			return !real.equals(realRoot.resolve(root.relativize(file)));
		} catch (IOException e) {
			return true;
		}
	}
}
