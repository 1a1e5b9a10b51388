package org.itup.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.apache.log4j.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What the libraries log reaches the user as one line on standard error, never a stack trace on standard output. */
class XtextLoggingTest {

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@AfterEach
	void backToTheProcessStream() {
		XtextLogging.toStandardError(System.err);
	}

	@Test
	void errorsAreOneLineWithTheirCause() {
		XtextLogging.toStandardError(new PrintStream(err, true, StandardCharsets.UTF_8));

		Logger.getLogger("org.eclipse.xtext.validation.CompositeEValidator").error("Error executing EValidator",
				new IllegalStateException("first\nsecond"));
		Logger.getLogger("org.eclipse.xtext").info("not shown");

		assertEquals("itup: internal problem: Error executing EValidator (java.lang.IllegalStateException: first"
				+ " second)\n", err.toString(StandardCharsets.UTF_8).replace("\r\n", "\n"));
	}

	@Test
	void runningOutOfMemoryIsToldOnceInWords() {
		XtextLogging.toStandardError(new PrintStream(err, true, StandardCharsets.UTF_8));

		for (int goal = 0; goal < 3; goal++) {
			Logger.getLogger("org.eclipse.xtext.validation.CompositeEValidator").error("Error executing EValidator",
					new OutOfMemoryError("Java heap space"));
		}

		assertEquals("itup: ran out of memory or stack, so some checks could not run and the findings are incomplete:"
				+ " give Java more memory, e.g. java -Xmx2g -jar itup.jar ...\n",
				err.toString(StandardCharsets.UTF_8).replace("\r\n", "\n"));
	}
}
