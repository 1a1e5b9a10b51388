package org.itup.cli;

import java.io.PrintStream;

import org.apache.log4j.AppenderSkeleton;
import org.apache.log4j.Level;
import org.apache.log4j.LogManager;
import org.apache.log4j.spi.LoggingEvent;

/**
 * Xtext logs through log4j, and its bundled configuration writes to standard output, where it would corrupt the JSON,
 * SARIF and language-server output and show plan authors Java stack traces. The command line sends only errors, one
 * line each, to standard error instead: a validator that failed is still reported, in words.
 */
final class XtextLogging {

	private XtextLogging() {
	}

	static void toStandardError(PrintStream err) {
		LogManager.resetConfiguration();
		LogManager.getRootLogger().setLevel(Level.ERROR);
		LogManager.getRootLogger().addAppender(new OneLineAppender(err));
	}

	private static final class OneLineAppender extends AppenderSkeleton {

		private final PrintStream err;
		private boolean exhaustionTold;

		OneLineAppender(PrintStream err) {
			this.err = err;
		}

		@Override
		protected void append(LoggingEvent event) {
			Throwable cause = event.getThrowableInformation() == null ? null
					: event.getThrowableInformation().getThrowable();
			if (cause instanceof VirtualMachineError) {
				if (exhaustionTold) {
					return;
				}
				exhaustionTold = true;
				err.println("itup: ran out of memory or stack, so some checks could not run and the findings are"
						+ " incomplete: give Java more memory, e.g. java -Xmx2g -jar itup.jar ...");
				return;
			}
			String because = cause == null ? "" : " (" + cause + ")";
			err.println(("itup: internal problem: " + event.getRenderedMessage() + because).replaceAll("\\s*\\R\\s*", " "));
		}

		@Override
		public boolean requiresLayout() {
			return false;
		}

		@Override
		public void close() {
			// the stream belongs to the command line, which flushes it on exit
		}
	}
}
