package org.itup.generator;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.itup.dsl.load.LoadedPlans;

/**
 * One generation run, the same for every shell: each requested writer writes into the output folder. Generators are
 * only promised valid plans, so shells first ask {@link org.itup.generator.check.FailLevel} whether to refuse the
 * plans, and go on with invalid ones only when the user forces it. A run is all or nothing: every writer's options
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

	public static Result run(LoadedPlans loaded, List<PlanArtifactWriter> writers, Map<String, String> options,
			Path outputRoot, GenerationProgress progress) throws IOException {
		GenerationRequest request = GenerationRequest.of(loaded, options);
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
