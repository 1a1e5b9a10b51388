package org.itup.fuzz;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.itup.dsl.load.LoadedPlans;
import org.itup.dsl.load.PlanLoader;
import org.itup.generator.GenerationProgress;
import org.itup.generator.GenerationOptions;
import org.itup.generator.PlanGeneration;
import org.itup.generator.PlansRefused;
import org.itup.generator.check.FailLevel;

/**
 * One fuzz input's trip through itup, as {@code itup generate} makes it: the plan files are loaded and validated,
 * and every format is generated from what was parsed, as {@code itup generate --force} does even when the plans
 * have errors: a plan that check accepts, or that a user forces, must never crash the generators. Whatever the input, every problem must come back as a
 * well-placed diagnostic (no exception, no error in the log), and generation must write sound files inside its
 * output folder only, skeletons that load cleanly beside their plan, and leave the plan files as they were.
 */
final class PlanRoundTrip {

	private static final String CASE_TWINS = "differ only in upper and lower case";

	private static final String ONE_NAME = "would both be written to";

	private static final String ONE_ANCHOR = "would share the report's anchor";

	private PlanRoundTrip() {
	}

	/** Checks one set of plan files, by file name; returns whether they were valid (generated without forcing). */
	static boolean check(Map<String, byte[]> files) throws IOException {
		try (ScratchFolder scratch = ScratchFolder.create(); LoggedErrors logged = LoggedErrors.watch()) {
			Path plans = scratch.writePlans(files);
			LoadedPlans loaded = PlanLoader.standalone().load(List.of(plans));
			new DiagnosticPlacement(plans, files).assertPlaced(loaded.diagnostics());
			boolean valid = !loaded.hasErrors();
			generate(loaded, scratch, valid);
			assertUntouched(scratch, files);
			logged.assertNone();
			return valid;
		}
	}

	private static void generate(LoadedPlans loaded, ScratchFolder scratch, boolean valid) throws IOException {
		PlanGeneration.Result result;
		try {
			result = PlanGeneration.run(loaded, GenerationOptions.defaults().refuseAt(FailLevel.NONE), scratch.output(),
					GenerationProgress.SILENT);
		} catch (IOException e) {
			// the refusals a valid plan may meet (OutputFolder, the report's anchors): codes that differ only in case,
			// or that make one name
			if (e.getMessage() == null || !e.getMessage().contains(CASE_TWINS) && !e.getMessage().contains(ONE_NAME)
					&& !e.getMessage().contains(ONE_ANCHOR)) {
				throw e;
			}
			return;
		} catch (PlansRefused e) {
			throw new AssertionError("a run that refuses nothing refused the plans", e);
		}
		GeneratedFiles.assertSound(result, scratch.output(), valid);
		if (valid) {
			// a forced plan's skeletons carry its errors along
			SkeletonReload.assertClean(loaded, result.files());
		}
	}

	/** Reading plans changes nothing, and generating writes nowhere but the output folder. */
	private static void assertUntouched(ScratchFolder scratch, Map<String, byte[]> files) throws IOException {
		for (Map.Entry<String, byte[]> file : files.entrySet()) {
			assertArrayEquals(file.getValue(), Files.readAllBytes(scratch.plans().resolve(file.getKey())),
					() -> file.getKey() + " changed");
		}
		try (Stream<Path> plans = Files.list(scratch.plans()); Stream<Path> top = Files.list(scratch.root())) {
			assertEquals(files.keySet(), plans.map(p -> p.getFileName().toString()).collect(Collectors.toSet()),
					"files appeared beside the plans");
			Set<String> names = top.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
			names.remove("out"); // a forced run of files that hold no plan may write nothing at all
			assertEquals(Set.of("plans"), names, "files appeared outside the output folder");
		}
	}
}
