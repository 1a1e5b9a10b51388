package org.itup.bench.scale;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.itup.analysis.StrategicPlan;
import org.itup.dsl.load.LoadedPlans;
import org.itup.dsl.load.PlanLoader;

/**
 * The ITU example every scaled plan is derived from, as packaged in this jar: the text of its files, and the plan
 * loaded by the real loader, whose sectors, objectives and outputs the operational plans are written for.
 */
final class ExamplePlan {

	/** The example's files, main file first; the build copies them from examples/itu-2020-2023. */
	static final List<String> FILES = List.of("plan.itup", "itu-r.itup", "itu-t.itup", "itu-d.itup",
			"inter-sectoral.itup", "general-secretariat.itup");

	private static final String RESOURCES = "/org/itup/bench/itu-2020-2023/";

	final Map<String, String> texts;

	final StrategicPlan plan;

	private ExamplePlan(Map<String, String> texts, StrategicPlan plan) {
		this.texts = texts;
		this.plan = plan;
	}

	static ExamplePlan load() throws IOException {
		Map<String, String> texts = new LinkedHashMap<>();
		for (String file : FILES) {
			texts.put(file, resource(file));
		}
		Path folder = Files.createTempDirectory("itup-example");
		try {
			for (Map.Entry<String, String> file : texts.entrySet()) {
				Files.writeString(folder.resolve(file.getKey()), file.getValue());
			}
			LoadedPlans loaded = PlanLoader.standalone().load(List.of(folder));
			if (loaded.hasErrors()) {
				throw new IllegalStateException("the packaged ITU example has errors: " + loaded.diagnostics());
			}
			return new ExamplePlan(texts, StrategicPlan.of(loaded.plans()).get(0));
		} finally {
			for (String file : FILES) {
				Files.deleteIfExists(folder.resolve(file));
			}
			Files.delete(folder);
		}
	}

	private static String resource(String file) {
		try (InputStream in = ExamplePlan.class.getResourceAsStream(RESOURCES + file)) {
			if (in == null) {
				throw new IllegalStateException("the ITU example is not packaged: " + RESOURCES + file);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
