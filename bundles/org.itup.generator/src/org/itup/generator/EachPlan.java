package org.itup.generator;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A writer's work on each plan of a run. Plans are independent and laying out and drawing one takes about a second,
 * so a run of many plans makes their outputs on a small pool of threads; it writes them on the caller's thread in
 * plan order, so the files, their order and the first failure are those of one plan after another.
 */
public final class EachPlan {

	/** Enough threads for the cores of a laptop or build agent; more would only hold more outputs in memory. */
	private static final int CORES_USED = Math.min(4, Runtime.getRuntime().availableProcessors());

	private final int threads;

	/** Makes what a writer writes for one plan; only reads the plan. */
	public interface Make<P, T> {
		T make(P plan) throws IOException;
	}

	/** Writes what was made for one plan. */
	public interface Write<P, T> {
		void write(P plan, T made) throws IOException;
	}

	/** Makes the plans on {@code threads} threads; with one, one plan after another on the caller's thread. */
	public EachPlan(int threads) {
		if (threads < 1) {
			throw new IllegalArgumentException("at least one thread, not " + threads);
		}
		this.threads = threads;
	}

	/** What every run uses: a thread per core, up to four. */
	public static EachPlan onTheCores() {
		return new EachPlan(CORES_USED);
	}

	public <P, T> void generate(List<P> plans, Make<P, T> make, Write<P, T> write) throws IOException {
		if (plans.size() < 2 || threads < 2) {
			for (P plan : plans) {
				write.write(plan, make.make(plan));
			}
			return;
		}
		ExecutorService pool = Executors.newFixedThreadPool(threads, EachPlan::worker);
		try {
			// a few plans made ahead of the one being written keep every thread busy without holding all outputs
			Deque<Future<T>> ahead = new ArrayDeque<>();
			int next = 0;
			for (P plan : plans) {
				while (next < plans.size() && ahead.size() < 2 * threads) {
					P later = plans.get(next++);
					ahead.add(pool.submit(() -> make.make(later)));
				}
				write.write(plan, made(ahead.remove()));
			}
		} finally {
			pool.shutdownNow();
		}
	}

	private static Thread worker(Runnable work) {
		Thread thread = new Thread(work, "itup-generate");
		thread.setDaemon(true);
		return thread;
	}

	private static <T> T made(Future<T> future) throws IOException {
		try {
			return future.get();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new InterruptedIOException("generation interrupted");
		} catch (ExecutionException e) {
			if (e.getCause() instanceof IOException io) {
				throw io;
			}
			throw PlanMemo.unchecked(e.getCause());
		}
	}
}
