package org.itup.generator;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.itup.dsl.load.LoadedPlans;

/**
 * One generation run, the same for every shell: plans with errors are refused unless the run is forced (generators
 * are only promised valid plans), then each requested writer writes into the output folder.
 */
public final class PlanGeneration {

	private PlanGeneration() {
	}

	/** What a run did: refused the plans, or wrote these files. */
	public record Result(boolean refused, Path outputRoot, List<Path> files) {
	}

	public static Result run(LoadedPlans loaded, List<PlanArtifactWriter> writers, Map<String, String> options,
			boolean force, Path outputRoot, GenerationProgress progress) throws IOException {
		if (loaded.hasErrors() && !force) {
			return new Result(true, outputRoot, List.of());
		}
		GenerationRequest request = GenerationRequest.of(loaded, options);
		OutputFolder output = new OutputFolder(outputRoot);
		for (int i = 0; i < writers.size(); i++) {
			progress.starting(writers.get(i).format(), i, writers.size());
			writers.get(i).write(request, output);
		}
		progress.finished(writers.size());
		return new Result(false, output.root(), output.written());
	}
}
