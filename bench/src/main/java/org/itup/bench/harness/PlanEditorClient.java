package org.itup.bench.harness;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * The editor's side of the protocol, as far as the benchmark needs it: it keeps the latest diagnostics of every
 * file with the time they arrived, and lets the benchmark wait for diagnostics that match an expectation.
 */
final class PlanEditorClient implements LanguageClient {

	/** Diagnostics of one file, and when they arrived ({@link System#nanoTime()}). */
	record Published(PublishDiagnosticsParams params, long arrivedNanos) {
	}

	private final Map<String, Published> latest = new ConcurrentHashMap<>();

	private long lastArrivalNanos = System.nanoTime();

	final List<String> errorsLogged = new CopyOnWriteArrayList<>();

	@Override
	public synchronized void publishDiagnostics(PublishDiagnosticsParams diagnostics) {
		lastArrivalNanos = System.nanoTime();
		latest.put(diagnostics.getUri(), new Published(diagnostics, lastArrivalNanos));
		notifyAll();
	}

	int filesWithDiagnostics() {
		return latest.size();
	}

	/** Waits until the latest diagnostics of {@code uri} arrived after {@code sinceNanos} and satisfy the test. */
	synchronized Published await(String uri, long sinceNanos, Predicate<PublishDiagnosticsParams> test,
			long timeoutSeconds) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
		while (true) {
			Published published = latest.get(uri);
			if (published != null && published.arrivedNanos() >= sinceNanos && test.test(published.params())) {
				return published;
			}
			long left = deadline - System.nanoTime();
			if (left <= 0) {
				throw new IllegalStateException("no matching diagnostics for " + uri + " within " + timeoutSeconds
						+ " s; latest: " + (published == null ? "none" : published.params().getDiagnostics()));
			}
			TimeUnit.NANOSECONDS.timedWait(this, left);
		}
	}

	/**
	 * Waits until the server has published nothing for {@code quietMillis}: an edit makes it check the files that
	 * depend on the edited one too, and the next measurement should not race that work.
	 */
	synchronized void awaitQuiet(long quietMillis, long timeoutSeconds) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
		long quietNanos = TimeUnit.MILLISECONDS.toNanos(quietMillis);
		while (System.nanoTime() - lastArrivalNanos < quietNanos && System.nanoTime() < deadline) {
			TimeUnit.NANOSECONDS.timedWait(this, quietNanos - (System.nanoTime() - lastArrivalNanos));
		}
	}

	/** Waits until diagnostics arrived for at least {@code files} files. */
	synchronized void awaitFiles(int files, long timeoutSeconds) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
		while (latest.size() < files) {
			long left = deadline - System.nanoTime();
			if (left <= 0) {
				throw new IllegalStateException("diagnostics for " + latest.size() + " of " + files
						+ " files within " + timeoutSeconds + " s");
			}
			TimeUnit.NANOSECONDS.timedWait(this, left);
		}
	}

	@Override
	public void logMessage(MessageParams message) {
		if (message.getType() == MessageType.Error) {
			errorsLogged.add(message.getMessage());
		}
	}

	@Override
	public void showMessage(MessageParams message) {
		logMessage(message);
	}

	@Override
	public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams request) {
		return CompletableFuture.completedFuture(null);
	}

	@Override
	public void telemetryEvent(Object object) {
		// the plan server sends none
	}
}
