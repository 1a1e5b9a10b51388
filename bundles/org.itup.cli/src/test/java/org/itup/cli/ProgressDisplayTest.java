package org.itup.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** On a terminal one bar is redrawn in place; elsewhere each format gets a plain line. */
class ProgressDisplayTest {

	@Test
	void terminalGetsABarRedrawnInPlace() {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		ProgressDisplay display = new ProgressDisplay(new PrintStream(bytes, true, StandardCharsets.UTF_8), true);

		display.starting("md", 0, 2);
		display.starting("csv", 1, 2);
		display.finished(2);

		assertEquals("\r[..............................] 0/2 md      "
				+ "\r[###############...............] 1/2 csv      "
				+ "\r[##############################] 2/2 done      \n", bytes.toString(StandardCharsets.UTF_8));
	}

	@Test
	void logGetsOneLinePerFormat() {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		ProgressDisplay display = new ProgressDisplay(new PrintStream(bytes, true, StandardCharsets.UTF_8), false);

		display.starting("md", 0, 2);
		display.starting("csv", 1, 2);
		display.finished(2);

		assertEquals("generating md (1/2)\ngenerating csv (2/2)\n", bytes.toString(StandardCharsets.UTF_8));
	}
}
