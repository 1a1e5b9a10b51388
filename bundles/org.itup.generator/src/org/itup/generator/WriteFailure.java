package org.itup.generator;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Why a file could not be written, in words. Java's file-system exceptions often carry only the path ("/out/x"),
 * which tells the user where but not why; the reason is in the exception's kind or in the system's own words.
 */
public final class WriteFailure {

	private WriteFailure() {
	}

	/** "PATH: reason" for a file-system failure; the message itself for failures itup worded. */
	public static String describe(IOException failure) {
		if (!(failure instanceof FileSystemException fileSystem)) {
			return failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
		}
		String where = fileSystem.getFile() == null ? "" : fileSystem.getFile() + ": ";
		String reason = fileSystem.getReason() != null ? fileSystem.getReason() : reasonOf(fileSystem);
		return where + reason;
	}

	/** The reasons the system gives as the kind of exception alone, the first that matches. */
	private static final Map<Class<? extends FileSystemException>, String> REASONS = reasons();

	private static Map<Class<? extends FileSystemException>, String> reasons() {
		Map<Class<? extends FileSystemException>, String> reasons = new LinkedHashMap<>();
		reasons.put(AccessDeniedException.class, "permission denied");
		reasons.put(NoSuchFileException.class, "no such file or folder");
		reasons.put(NotDirectoryException.class, "not a folder");
		reasons.put(FileAlreadyExistsException.class, "already exists and is not a folder");
		reasons.put(DirectoryNotEmptyException.class, "a folder that is not empty is in the way");
		reasons.put(FileSystemLoopException.class, "its links form a loop");
		return reasons;
	}

	private static String reasonOf(FileSystemException failure) {
		return REASONS.entrySet().stream().filter(reason -> reason.getKey().isInstance(failure)).map(Map.Entry::getValue)
				.findFirst().orElse("the file system refused it");
	}
}
