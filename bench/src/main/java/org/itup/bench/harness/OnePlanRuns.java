package org.itup.bench.harness;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.itup.bench.scale.OnePlanShapes;

/**
 * Checks one plan split over more and more files, and one plan in one large file, with the real {@code itup check}
 * (issue 16: the scaled plans are many small plans, so cost growing with the size of one plan went unseen).
 */
public final class OnePlanRuns {

	/**
	 * @param splitGoalFiles for each, one plan with that many one-goal files (plus its main file), fewest first
	 * @param largeMegabytes the size of the one large file, or 0 for none
	 */
	public record Shapes(List<Integer> splitGoalFiles, int largeMegabytes) {

		public static final Shapes NONE = new Shapes(List.of(), 0);
	}

	/** The large file's model does not fit the usual gigabyte, so it is checked with this heap, as a user would. */
	static final String LARGE_HEAP = "-Xmx2g";

	private final Harness.Settings settings;

	private final PrintStream progress;

	OnePlanRuns(Harness.Settings settings, PrintStream progress) {
		this.settings = settings;
		this.progress = progress;
	}

	/** The second table, or nothing when no shape was asked for. */
	String run() throws IOException, InterruptedException {
		Shapes shapes = settings.onePlan();
		if (shapes.splitGoalFiles().isEmpty() && shapes.largeMegabytes() == 0) {
			return "";
		}
		List<OnePlanFigures> split = new ArrayList<>();
		for (int goalFiles : shapes.splitGoalFiles()) {
			Path folder = Harness.fresh(settings.work().resolve("split-" + goalFiles));
			List<Path> files = OnePlanShapes.writeSplit(goalFiles, settings.seed(), folder);
			progress.printf("bench: one plan in %d files written; running itup check%n", files.size());
			split.add(check("one plan in " + files.size() + " files", folder, files, CheckCommandRun.MAX_HEAP));
		}
		OnePlanFigures large = null;
		if (shapes.largeMegabytes() > 0) {
			Path folder = Harness.fresh(settings.work().resolve("large-" + shapes.largeMegabytes()));
			Path file = OnePlanShapes.writeLarge(shapes.largeMegabytes(), settings.seed(), folder);
			progress.printf("bench: one plan in one %d MB file written; running itup check%n",
					shapes.largeMegabytes());
			large = check("one plan in one " + shapes.largeMegabytes() + " MB file", folder, List.of(file), LARGE_HEAP);
		}
		return new OnePlanTable(split, large).render();
	}

	private OnePlanFigures check(String shape, Path folder, List<Path> files, String heap)
			throws IOException, InterruptedException {
		Path scratch = Harness.fresh(settings.work().resolve(folder.getFileName() + "-scratch"));
		CheckCommandRun.Figures check = new CheckCommandRun(settings.itupJar(), heap).run(folder, scratch);
		progress.printf("bench: %s: itup check %s, exit %d%n", shape, Figure.millis(check.wallMillis()),
				check.exitCode());
		return new OnePlanFigures(shape, files.size(), size(files), heap.substring("-Xmx".length()), check);
	}

	private static long size(List<Path> files) throws IOException {
		long bytes = 0;
		for (Path file : files) {
			bytes += Files.size(file);
		}
		return bytes;
	}
}
