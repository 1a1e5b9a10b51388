package org.itup.generator;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.itup.dsl.load.LoadedPlans;

/**
 * One generation run, the same for every shell: each requested writer writes into the output folder. Generators are
 * only promised valid plans, so shells first ask {@link org.itup.generator.check.FailLevel} whether to refuse the
 * plans, and go on with invalid ones only when the user forces it.
 */
public final class PlanGeneration {

	private PlanGeneration() {
	}

	/** What a run wrote, and where. */
	public record Result(Path outputRoot, List<Path> files) {
	}

	public static Result run(LoadedPlans loaded, List<PlanArtifactWriter> writers, Map<String, String> options,
			Path outputRoot, GenerationProgress progress) throws IOException {
		GenerationRequest request = GenerationRequest.of(loaded, options);
		OutputFolder output = new OutputFolder(outputRoot);
		for (int i = 0; i < writers.size(); i++) {
			progress.starting(writers.get(i).format(), i, writers.size());
			writers.get(i).write(request, output);
		}
		output.removeLeftovers();
		progress.finished(writers.size());
		return new Result(output.root(), output.written());
	}
}
