package org.itup.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.apache.log4j.AppenderSkeleton;
import org.apache.log4j.Level;
import org.apache.log4j.Logger;
import org.apache.log4j.spi.LoggingEvent;

/**
 * Errors Xtext and EMF log instead of throwing (a failing lazy link, a broken dispatcher) are internal errors too:
 * the user sees a half-done result and no diagnostic. Watching the log while an input runs turns them into findings.
 */
final class LoggedErrors extends AppenderSkeleton implements AutoCloseable {

	private final List<String> errors = new ArrayList<>();

	private LoggedErrors() {
	}

	static LoggedErrors watch() {
		LoggedErrors watcher = new LoggedErrors();
		Logger.getRootLogger().addAppender(watcher);
		return watcher;
	}

	@Override
	protected synchronized void append(LoggingEvent event) {
		if (event.getLevel().isGreaterOrEqual(Level.ERROR)) {
			String[] trace = event.getThrowableStrRep();
			errors.add(event.getLoggerName() + ": " + event.getRenderedMessage()
					+ (trace == null ? "" : "\n" + String.join("\n", trace)));
		}
	}

	synchronized void assertNone() {
		assertEquals(List.of(), errors, "errors were logged");
	}

	@Override
	public void close() {
		Logger.getRootLogger().removeAppender(this);
	}

	@Override
	public boolean requiresLayout() {
		return false;
	}
}
