package org.itup.generator;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.itup.dsl.load.LoadedPlans;
import org.itup.generator.check.FailLevel;

/**
 * One generation run, the same for every shell: each requested writer writes into the output folder. Generators are
 * only promised valid plans, so a run refuses plans with findings at the options' {@link FailLevel} and goes on
 * with invalid ones only when the user forces it; every shell gets the same refusal. A run is all or nothing: every writer's options
 * are checked before the first write, the files stay temporary until every writer is done, and one run at a time
 * writes into a folder ({@link OutputLock}).
 */
public final class PlanGeneration {

	private PlanGeneration() {
	}

	/** What a run wrote, and where, and what the user should know about the files it kept. */
	public record Result(Path outputRoot, List<Path> files, List<String> notices) {

		/** What a run wrote, in one line for people: "wrote 1 file to OUT", "wrote 24 files to OUT". */
		public String summary() {
			return "wrote " + files.size() + (files.size() == 1 ? " file" : " files") + " to " + outputRoot;
		}
	}

	/**
	 * Writes the options' formats of the plans into {@code outputRoot}.
	 *
	 * @throws PlansRefused              when the plans have findings at the refusal level and the run is not forced
	 * @throws GenerationOptionException when an option does not fit the plans (a sector no plan has)
	 * @throws IOException               when a file cannot be written; then no file of the folder changed
	 */
	public static Result run(LoadedPlans loaded, GenerationOptions options, Path outputRoot,
			GenerationProgress progress) throws PlansRefused, IOException {
		if (options.refuseAt().fails(loaded) && !options.force()) {
			throw new PlansRefused(refusal(options.refuseAt()));
		}
		return write(GenerationRequest.of(loaded, options), outputRoot, progress);
	}

	private static String refusal(FailLevel level) {
		String findings = level == FailLevel.ERROR ? "errors"
				: "findings at or above the fail-on level " + level.name().toLowerCase(Locale.ROOT);
		return "the plans have " + findings + ", so nothing was generated";
	}

	private static Result write(GenerationRequest request, Path outputRoot, GenerationProgress progress)
			throws IOException {
		List<PlanArtifactWriter> writers = request.options().writers();
		if (writers.stream().anyMatch(PlanArtifactWriter::showsStatuses)) {
			RunMonitoring.checkSettings(request);
		}
		for (PlanArtifactWriter writer : writers) {
			writer.check(request);
		}
		OutputFolder output = OutputFolder.staged(outputRoot);
		try (OutputLock lock = OutputLock.take(output.root())) {
			try {
				for (int i = 0; i < writers.size(); i++) {
					progress.starting(writers.get(i).format(), i, writers.size());
					writers.get(i).write(request, output);
				}
				output.commit();
			} finally {
				output.discard();
			}
			output.removeLeftovers();
		}
		progress.finished(writers.size());
		return new Result(output.root(), output.written(), output.notices());
	}
}
