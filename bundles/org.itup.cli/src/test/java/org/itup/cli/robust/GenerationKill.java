package org.itup.cli.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.itup.generator.OutputFolder;

/**
 * Kills a generating process the moment it creates the temporary file of one output, as told by the file system's
 * own notification (inotify on Linux) rather than by polling, so the kill closely follows the file's creation.
 * Whether it landed before the write ended shows afterwards: a dead process can neither move nor delete its
 * temporary file, so one that is still there was being written when the process died.
 */
final class GenerationKill {

	/** What a shell reports for a process ended by signal 9, SIGKILL, which no process can catch or delay. */
	static final int SIGKILL_EXIT = 128 + 9;

	/** Starts a generating process. */
	interface Start {
		Process start() throws IOException;
	}

	private final Path folder;
	private final String output;

	/** Aims at the write of {@code output}, a file directly in {@code folder}, which must exist. */
	GenerationKill(Path folder, String output) {
		this.folder = folder;
		this.output = output;
	}

	/** Starts a run, kills it when it starts writing the output, and returns the temporary files it left. */
	List<String> killWhileWriting(Start start, long timeoutSeconds) throws IOException, InterruptedException {
		List<String> before = OutputFiles.temporary(folder);
		try (WatchService watcher = folder.getFileSystem().newWatchService()) {
			folder.register(watcher, StandardWatchEventKinds.ENTRY_CREATE);
			Process process = start.start();
			try {
				if (awaitWrite(watcher, process, timeoutSeconds)) {
					assertEquals(SIGKILL_EXIT, kill(process), "destroyForcibly ends the process with SIGKILL");
				} else {
					assertEquals(0, process.exitValue(), "the run failed before it wrote " + output);
				}
			} finally {
				process.destroyForcibly();
			}
		}
		List<String> left = new ArrayList<>(OutputFiles.temporary(folder));
		left.removeAll(before);
		return left;
	}

	/** Ends the process with SIGKILL (on Linux, {@code destroyForcibly} is {@code kill -9}); returns its exit value. */
	static int kill(Process process) throws InterruptedException {
		process.destroyForcibly();
		assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the killed process did not end");
		return process.exitValue();
	}

	/** True once the process creates the output's temporary file; false if it ends first (it wrote the output). */
	private boolean awaitWrite(WatchService watcher, Process process, long timeoutSeconds)
			throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
		while (process.isAlive()) {
			assertTrue(System.nanoTime() < deadline, () -> "generation did not reach " + output + " in time");
			WatchKey key = watcher.poll(10, TimeUnit.MILLISECONDS);
			if (key != null) {
				boolean writing = key.pollEvents().stream().anyMatch(event -> isTemporaryFile(event.context()));
				key.reset();
				if (writing) {
					return true;
				}
			}
		}
		return false;
	}

	/** {@link OutputFolder} writes {@code name} through {@code .<name>.<uuid>.itup-partial}. */
	private boolean isTemporaryFile(Object created) {
		String name = String.valueOf(created);
		return name.startsWith("." + output + ".") && name.endsWith(OutputFolder.PARTIAL);
	}
}
