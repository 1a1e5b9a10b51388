package org.itup.dsl.ide.server;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.util.IAcceptor;
import org.eclipse.xtext.util.IFileSystemScanner;
import org.eclipse.xtext.util.UriExtensions;

import com.google.inject.Inject;

/**
 * Finds the files of a workspace folder the way {@code itup check} finds plan files: hidden folders (and files),
 * {@code target/} and {@code node_modules/} are skipped, only regular files are taken (a FIFO named
 * {@code f.itup} would block the first build for ever), and a folder or file reached twice through symbolic links
 * is taken once, by the path where it really lies when that is inside the folder (a {@code self -> .} link would
 * otherwise load every file again at each level, and a loop of links would never end). Files are named by the URI
 * the server gives an opened file, so an opened file is the scanned one. Xtext's stock scanner does none of this.
 */
public class PlanFolderScanner implements IFileSystemScanner {

	/** Writes file URIs as the server writes the editor's ({@code file:///...}): one file, one resource. */
	@Inject
	private UriExtensions uris;

	private static final Set<String> BUILD_OUTPUT = Set.of("target", "node_modules");

	@Override
	public void scan(URI root, IAcceptor<URI> acceptor) {
		if (root == null || !root.isFile()) {
			return; // only local folders are read
		}
		Walk walk = new Walk(file -> acceptor.accept(uris.toEmfUri(file.toAbsolutePath().toUri())));
		walk.folder(Path.of(root.toFileString()));
	}

	/**
	 * Whether the scan would pass over this file of the workspace folder: a hidden name or a build output folder on
	 * its way, or not a regular file. The same rules hold for files the editor reports as created or changed.
	 */
	static boolean passesOver(Path root, Path file) {
		if (!file.startsWith(root) || !Files.isRegularFile(file) || readElsewhere(root, file)) {
			return true;
		}
		Path relative = root.relativize(file);
		for (int i = 0; i < relative.getNameCount(); i++) {
			String name = relative.getName(i).toString();
			if (isHidden(name) || i < relative.getNameCount() - 1 && BUILD_OUTPUT.contains(name)) {
				return true;
			}
		}
		return false;
	}

	/** A link to a file of the folder: the scan reads that file by its own path. */
	private static boolean readElsewhere(Path root, Path file) {
		try {
			Path realRoot = root.toRealPath();
			Path real = file.toRealPath();
			return !real.equals(realRoot.resolve(root.relativize(file))) && real.startsWith(realRoot);
		} catch (IOException e) {
			return true;
		}
	}

	private static boolean isHidden(String name) {
		return name.startsWith(".");
	}

	/**
	 * One scan: first the folder's own files, links left aside, then again through the links for what they add. A
	 * file is named once, by its first path: where it really lies when that is inside the folder.
	 */
	private static final class Walk {

		private final Consumer<Path> acceptor;

		private final Set<Path> filesSeen = new HashSet<>();

		Walk(Consumer<Path> acceptor) {
			this.acceptor = acceptor;
		}

		void folder(Path root) {
			folder(root, false, new HashSet<>());
			folder(root, true, new HashSet<>());
		}

		private void folder(Path folder, boolean throughLinks, Set<Path> foldersSeen) {
			if (!firstVisit(foldersSeen, folder)) {
				return;
			}
			for (Path entry : entries(folder)) {
				String name = entry.getFileName().toString();
				if (isHidden(name) || !throughLinks && Files.isSymbolicLink(entry)) {
					continue;
				}
				if (Files.isDirectory(entry)) {
					if (!BUILD_OUTPUT.contains(name)) {
						folder(entry, throughLinks, foldersSeen);
					}
				} else if (Files.isRegularFile(entry) && firstVisit(filesSeen, entry)) {
					acceptor.accept(entry);
				}
			}
		}

		private static boolean firstVisit(Set<Path> seen, Path path) {
			try {
				return seen.add(path.toRealPath());
			} catch (IOException e) {
				return false; // a dangling link or a vanished file: nothing to read
			}
		}

		private static List<Path> entries(Path folder) {
			List<Path> entries = new ArrayList<>();
			try (DirectoryStream<Path> listing = Files.newDirectoryStream(folder)) {
				listing.forEach(entries::add);
			} catch (IOException e) {
				return List.of(); // an unreadable folder holds nothing we can load
			}
			entries.sort(null);
			return entries;
		}
	}
}
