package org.itup.bench.harness;

import java.nio.file.Path;

/** The java launcher of the JVM running the harness, so subprocesses run on the same Java. */
final class JavaCommand {

	private JavaCommand() {
	}

	static String java() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}
}
