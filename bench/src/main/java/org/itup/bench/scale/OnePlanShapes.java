package org.itup.bench.scale;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The shapes the many-plans scale never makes: one plan split over thousands of small files (a goal per file, as a
 * team splitting its plan by goal would), and one plan in a single very large file. Both are built of
 * {@link GoalBlock}s; same size and seed, same bytes.
 */
public final class OnePlanShapes {

	static final String PLAN = "split2020";

	/** Made-up words to write statements with: enough that unrelated statements rarely overlap. */
	private static final int VOCABULARY = 20_000;

	private OnePlanShapes() {
	}

	/** One plan in {@code goalFiles + 1} files: the main file with the title and period, then one file per goal. */
	public static List<Path> writeSplit(int goalFiles, long seed, Path folder) throws IOException {
		if (goalFiles < 1) {
			throw new IllegalArgumentException("the number of goal files must be at least 1, not " + goalFiles);
		}
		PlanWords words = new PlanWords(new Random(seed), VOCABULARY);
		List<Path> files = new ArrayList<>();
		files.add(write(Files.createDirectories(folder).resolve("plan.itup"), GoalBlock.header(PLAN, "One plan in " + goalFiles + " files")));
		Path goals = Files.createDirectories(folder.resolve("goals"));
		for (int number = 1; number <= goalFiles; number++) {
			String name = String.format("goal-%05d.itup", number);
			files.add(write(goals.resolve(name), GoalBlock.planLine(PLAN) + GoalBlock.text(number, words)));
		}
		return files;
	}

	/** One plan in one file of at least {@code megabytes} MB (2^20 bytes, as the table counts them), of blocks. */
	public static Path writeLarge(int megabytes, long seed, Path folder) throws IOException {
		if (megabytes < 1) {
			throw new IllegalArgumentException("the size must be at least 1 MB, not " + megabytes);
		}
		PlanWords words = new PlanWords(new Random(seed), VOCABULARY);
		Path file = Files.createDirectories(folder).resolve("large.itup");
		long size = 0;
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			String header = GoalBlock.header(PLAN, "One plan in one file of " + megabytes + " MB");
			out.write(header);
			size += header.getBytes(StandardCharsets.UTF_8).length;
			for (int number = 1; size < (long) megabytes << 20; number++) {
				String block = "\n" + GoalBlock.text(number, words);
				out.write(block);
				size += block.getBytes(StandardCharsets.UTF_8).length;
			}
		}
		return file;
	}

	private static Path write(Path file, String text) throws IOException {
		return Files.write(file, text.getBytes(StandardCharsets.UTF_8));
	}
}
