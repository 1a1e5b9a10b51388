package org.itup.generator;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One generation at a time per output folder. Two runs into one folder would each take the other's temporary files
 * for leftovers of a killed run and delete them. The lock is the operating system's lock on
 * {@code OUT/.itup-generate.lock}, which it frees when the process ends however it ends, so a killed run never blocks
 * the next one. The file itself stays: deleting it while another run opens it would let two runs lock two files.
 */
public final class OutputLock implements AutoCloseable {

	public static final String FILE_NAME = ".itup-generate.lock";

	private final FileChannel channel;
	private final FileLock lock;

	private OutputLock(FileChannel channel, FileLock lock) {
		this.channel = channel;
		this.lock = lock;
	}

	/** Locks the folder, or refuses at once, naming the lock file, when another run holds it. */
	public static OutputLock take(Path folder) throws IOException {
		Path file = folder.resolve(FILE_NAME);
		FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
		FileLock lock;
		try {
			lock = channel.tryLock();
		} catch (OverlappingFileLockException e) {
			lock = null; // this process already generates into the folder, on another thread
		} catch (IOException e) {
			channel.close();
			throw e;
		}
		if (lock == null) {
			channel.close();
			throw new IOException("another itup run is generating into " + folder + " (it holds " + file
					+ "); wait for it to finish, or choose another output folder");
		}
		return new OutputLock(channel, lock);
	}

	@Override
	public void close() throws IOException {
		try {
			lock.release();
		} finally {
			channel.close();
		}
	}
}
