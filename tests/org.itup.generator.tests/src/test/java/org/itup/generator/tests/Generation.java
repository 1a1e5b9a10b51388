package org.itup.generator.tests;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.itup.dsl.load.PlanLoader;
import org.itup.generator.GenerationOptions;
import org.itup.generator.GenerationProgress;
import org.itup.generator.PlanGeneration;
import org.itup.generator.PlansRefused;

/**
 * One generation run as {@code itup generate PLANS -o OUT} makes it, through the generator's own entry point: the
 * same loading, refusal of invalid plans and all-or-nothing writing, without the command line around it. Where the
 * command would exit with 1 or 2, this throws (refused plans, an option that does not fit, a failed write), so a
 * test that needs the files fails on the generator's own message. Refused plans are an assertion failure here: a
 * test plan that does not generate is the test's own mistake.
 */
public final class Generation {

	private Generation() {
	}

	public static PlanGeneration.Result run(Path plans, Path output, GenerationOptions options) throws IOException {
		try {
			return PlanGeneration.run(PlanLoader.standalone().load(List.of(plans)), options, output,
					GenerationProgress.SILENT);
		} catch (PlansRefused e) {
			throw new AssertionError(plans + ": " + e.getMessage(), e);
		}
	}

	/** {@code --formats a,b,...}: every other option at the command's default. */
	public static GenerationOptions formats(String... names) {
		return GenerationOptions.defaults().formats(List.of(names));
	}
}
