package org.itup.bench.harness;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code itup check} (or, for plans too large to load in the harness, {@code itup generate}) as a user runs it: a new
 * JVM with the JIT option the {@code ./itup} launcher passes
 * ({@code java -Xmx1g -XX:TieredStopAtLevel=1 -jar itup.jar check FOLDER}), timed from
 * start to exit. Its peak heap is read from its own GC log: the largest heap occupancy before a collection, or at
 * exit when that is larger.
 */
final class CheckCommandRun {

	static final String MAX_HEAP = "-Xmx1g";

	/** A report of the 1000x plans takes minutes on 2 cores; a hung command still ends the run. */
	private static final long TIMEOUT_MINUTES = 30;

	/** What {@code ./itup} gives every command but the language server; see the launcher for why. */
	private static final String QUICK_JIT_ONLY = "-XX:TieredStopAtLevel=1";

	private static final Pattern BEFORE_GC = Pattern.compile("\\bGC\\(\\d+\\) Pause.* (\\d+)M->\\d+M\\(\\d+M\\)");

	private static final Pattern USED_AT_EXIT = Pattern.compile("\\bheap\\s+total (?:reserved )?\\d+K, (?:committed \\d+K, )?used (\\d+)K");

	private final Path itupJar;

	private final String maxHeap;

	CheckCommandRun(Path itupJar) {
		this(itupJar, MAX_HEAP);
	}

	/** @param maxHeap the JVM's heap option, for a plan too large for the usual gigabyte */
	CheckCommandRun(Path itupJar, String maxHeap) {
		this.itupJar = itupJar;
		this.maxHeap = maxHeap;
	}

	/** Wall time in milliseconds and peak heap in bytes of one cold run. */
	record Figures(double wallMillis, long peakHeapBytes, int exitCode) {
	}

	Figures run(Path plans, Path scratch) throws IOException, InterruptedException {
		return command(List.of("check", plans.toString()), scratch);
	}

	/** {@code itup generate --formats html,svg}: the report the harness otherwise writes in process. */
	Figures report(Path plans, Path output, Path scratch) throws IOException, InterruptedException {
		return command(List.of("generate", "--formats", "html,svg", "-o", output.toString(), plans.toString()),
				scratch);
	}

	private Figures command(List<String> arguments, Path scratch) throws IOException, InterruptedException {
		String name = arguments.get(0);
		Files.createDirectories(scratch);
		Path gcLog = scratch.resolve(name + "-gc.log");
		Path output = scratch.resolve(name + "-output.txt");
		List<String> command = new ArrayList<>(List.of(JavaCommand.java(), maxHeap, QUICK_JIT_ONLY,
				"-Xlog:gc,gc+heap+exit:file=" + gcLog, "-jar", itupJar.toString()));
		command.addAll(arguments);
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
		long start = System.nanoTime();
		Process process = builder.start();
		if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			throw new IllegalStateException("itup " + name + " did not finish in " + TIMEOUT_MINUTES + " minutes");
		}
		double millis = (System.nanoTime() - start) / 1e6;
		if (process.exitValue() > 1) {
			throw new IllegalStateException("itup " + name + " failed (exit " + process.exitValue() + "): "
					+ Files.readString(output));
		}
		return new Figures(millis, peakHeap(Files.readAllLines(gcLog)), process.exitValue());
	}

	static long peakHeap(List<String> gcLog) {
		long peakMegabytes = 0;
		long usedAtExitKilobytes = 0;
		for (String line : gcLog) {
			Matcher before = BEFORE_GC.matcher(line);
			if (before.find()) {
				peakMegabytes = Math.max(peakMegabytes, Long.parseLong(before.group(1)));
			}
			Matcher exit = USED_AT_EXIT.matcher(line);
			if (exit.find()) {
				usedAtExitKilobytes += Long.parseLong(exit.group(1));
			}
		}
		return Math.max(peakMegabytes << 20, usedAtExitKilobytes << 10);
	}
}
