package org.itup.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.itup.analysis.StrategicPlan;
import org.itup.dsl.load.LoadedPlans;
import org.itup.dsl.load.PlanLoader;
import org.itup.model.Measurement;
import org.itup.model.MonitoringFile;
import org.itup.model.Target;
import org.itup.model.TargetKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * Holds the 2016-2019 example to the review of that plan in Resolution 71 (Annex 2, "Lessons learnt" to section
 * 2.b): every target's words and level, and every measured value, must be in the paragraphs that name its code,
 * so nothing in the example is a figure the source does not state.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(ItupInjectorProvider.class)
@ExtendWith(NeedsSharedFolder.class)
class PreviousPlanFidelityTest {

	/**
	 * Levels the review states in words, not figures: "gender equality" is a gender gap of 0 % (2.5.A, so its
	 * narrowing gap can be judged; docs/monitoring.md works the case out).
	 */
	private static final Map<String, String> LEVELS_IN_WORDS = Map.of("2.5.A 0%", "Gender equality");

	@Inject
	private PlanLoader loader;

	@Test
	void everyTargetIsStatedInTheReview() throws IOException {
		LoadedPlans loaded = example();
		List<Target> targets = StrategicPlan.of(loaded.plans()).get(0).targets();
		assertEquals(14, targets.size());
		for (Target target : targets) {
			String paragraph = paragraphNaming(target.getName());
			for (String word : target.getStatement().split("\\s+")) {
				assertTrue(paragraph.contains(word), target.getName() + ": '" + word + "' is not in: " + paragraph);
			}
			if (target.getKind() != TargetKind.QUALITATIVE) {
				String level = target.getValue().stripTrailingZeros().toPlainString() + "%";
				String stated = LEVELS_IN_WORDS.getOrDefault(target.getName() + " " + level, level);
				assertTrue(paragraph.contains(stated), target.getName() + ": " + stated + " is not in: " + paragraph);
			}
		}
	}

	@Test
	void everyMeasuredValueIsStatedInTheReview() throws IOException {
		List<MonitoringFile> monitoring = example().monitoringFiles();
		assertEquals(1, monitoring.size());
		List<Measurement> measurements = monitoring.get(0).getMeasurements();
		assertFalse(measurements.isEmpty());
		for (Measurement measurement : measurements) {
			String code = measurement.getSubject().getName();
			String value = measurement.getValue().stripTrailingZeros().toPlainString();
			String paragraph = paragraphNaming(code);
			assertTrue(Pattern.compile("(?<![0-9.])" + Pattern.quote(value) + "(?![0-9])").matcher(paragraph).find(),
					code + ": " + value + " is not in: " + paragraph);
		}
	}

	private LoadedPlans example() {
		return loader.load(List.of(ProjectPaths.repositoryRoot().resolve("examples/itu-2016-2019")));
	}

	/** The paragraphs of the review that name the code as a whole code (2.1 does not name 2.1.A), joined. */
	private static String paragraphNaming(String code) throws IOException {
		Pattern naming = Pattern.compile("(?<![0-9.A-Z])" + Pattern.quote(code) + "(?![0-9]|\\.[0-9A-Z])");
		String paragraphs = Arrays.stream(review().split("\\n\\s*\\n"))
				.filter(paragraph -> naming.matcher(paragraph).find())
				.collect(Collectors.joining("\n"));
		assertFalse(paragraphs.isEmpty(), "the review names no target " + code);
		return paragraphs;
	}

	private static String review() throws IOException {
		String text = seedText();
		int start = text.indexOf("Lessons learnt from the ITU strategic plan for 2016-2019");
		int end = text.indexOf("ANNEX 3 TO RESOLUTION 71", start);
		assertTrue(start >= 0 && end > start, "the review of 2016-2019 not found in the seed");
		return text.substring(start, end);
	}

	private static String seedText() throws IOException {
		Path seed = ProjectPaths.shared().resolve("seed");
		try (Stream<Path> files = Files.list(seed)) {
			Path document = files.filter(path -> path.toString().endsWith(".txt")).findFirst().orElseThrow();
			return Files.readString(document, StandardCharsets.UTF_8);
		}
	}
}
