package org.itup.dsl.ide.server;

import java.io.PrintStream;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * What the protocol layer has to say, one line each on standard error, which editors show as the server's log.
 * LSP4J logs through java.util.logging with whole stack traces: hundreds of lines per session that tell a planner
 * nothing. Its logger is routed here too.
 */
final class ProtocolLog {

	private static final String LSP4J = "org.eclipse.lsp4j";

	private final PrintStream err;

	ProtocolLog(PrintStream err) {
		this.err = err;
	}

	/** Sends LSP4J's own log entries (warnings and worse) through this log, one line each. */
	void takeOverLsp4jLogging() {
		Logger lsp4j = Logger.getLogger(LSP4J);
		lsp4j.setUseParentHandlers(false);
		lsp4j.setLevel(Level.WARNING);
		for (Handler handler : lsp4j.getHandlers()) {
			lsp4j.removeHandler(handler);
		}
		lsp4j.addHandler(new Handler() {
			@Override
			public void publish(LogRecord record) {
				String because = record.getThrown() == null ? "" : " (" + oneLine(record.getThrown()) + ")";
				warning(record.getMessage() + because);
			}

			@Override
			public void flush() {
				err.flush();
			}

			@Override
			public void close() {
				// standard error belongs to the process
			}
		});
	}

	void warning(String text) {
		err.println(("itup lsp: " + text).replaceAll("\\s*\\R\\s*", " "));
	}

	/** The innermost cause's type and message: what went wrong, without where in the code. */
	static String oneLine(Throwable problem) {
		Throwable cause = problem;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		String message = cause.getMessage() == null ? cause.getClass().getSimpleName()
				: cause.getClass().getSimpleName() + ": " + cause.getMessage();
		return message.replaceAll("\\s*\\R\\s*", " ");
	}
}
