package org.itup.dsl.load;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Works on many files at once, one per core (up to four), and hands the results back in the files' order, so what
 * is built from them is the same as if they had been worked on one after another. Parsing is about half of loading
 * a large set of plans, and the files do not depend on each other until they are linked. The loader and the language
 * server's builder both parse through it.
 */
public final class ParallelParsing {

	private static final int THREADS = Math.min(4, Runtime.getRuntime().availableProcessors());

	private ParallelParsing() {
	}

	/** {@code work} applied to every item, in the items' order; a failure is thrown as it was thrown. */
	public static <T, R> List<R> each(List<T> items, Function<T, R> work) {
		if (THREADS < 2 || items.size() < 2) {
			return items.stream().map(work).toList();
		}
		ExecutorService pool = Executors.newFixedThreadPool(THREADS, ParallelParsing::worker);
		try {
			List<Future<R>> pending = new ArrayList<>();
			items.forEach(item -> pending.add(pool.submit(() -> work.apply(item))));
			List<R> results = new ArrayList<>();
			for (Future<R> result : pending) {
				results.add(outcomeOf(result));
			}
			return results;
		} finally {
			pool.shutdownNow();
		}
	}

	private static <R> R outcomeOf(Future<R> result) {
		try {
			return result.get();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while reading plan files", e);
		} catch (ExecutionException e) {
			if (e.getCause() instanceof RuntimeException failure) {
				throw failure;
			}
			if (e.getCause() instanceof Error failure) {
				throw failure;
			}
			throw new IllegalStateException(e.getCause());
		}
	}

	/** Daemon threads: a failure elsewhere never keeps the process alive. */
	private static Thread worker(Runnable task) {
		Thread thread = new Thread(task, "itup-parse");
		thread.setDaemon(true);
		return thread;
	}
}
