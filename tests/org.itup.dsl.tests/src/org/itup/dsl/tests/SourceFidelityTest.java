package org.itup.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.itup.analysis.StrategicPlan;
import org.itup.dsl.load.PlanLoader;
import org.itup.model.Outcome;
import org.itup.model.Output;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * Compares the example's outcomes and outputs with the source document itself (Resolution 71 as published), so a
 * transcription slip in a code or a statement is caught, not only a wrong count.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(ItupInjectorProvider.class)
@ExtendWith(NeedsSharedFolder.class)
class SourceFidelityTest {

	/** "R.1-a: statement" or "D.1-1: statement", up to a tab (side-by-side table cells) or the end of the line. */
	private static final Pattern RESULT = Pattern.compile("\\b([RTDI]\\.[0-9])[-.]([a-z0-9]+): ([^\\t\\n]+)");

	@Inject
	private PlanLoader loader;

	@Test
	void outcomesAreTheSourcesOutcomes() throws IOException {
		Map<String, String> expected = resultsInSource(true);
		Map<String, String> actual = new TreeMap<>();
		for (Outcome outcome : example().outcomes()) {
			actual.put(outcome.getName(), outcome.getStatement());
		}
		assertEquals(64, expected.size());
		assertEquals(expected, actual);
	}

	@Test
	void outputsAreTheSourcesOutputs() throws IOException {
		Map<String, String> expected = resultsInSource(false);
		Map<String, String> actual = new TreeMap<>();
		for (Output output : example().outputs()) {
			actual.put(output.getName(), output.getStatement());
		}
		assertEquals(70, expected.size());
		assertEquals(expected, actual);
	}

	private StrategicPlan example() {
		return StrategicPlan.of(loader.load(java.util.List.of(ProjectPaths.ituExample())).plans()).get(0);
	}

	/** Outcome codes end in a letter, output codes in a number; "D.1.e" in the source is outcome D.1-e. */
	private static Map<String, String> resultsInSource(boolean outcomes) throws IOException {
		Map<String, String> results = new TreeMap<>();
		Matcher matcher = RESULT.matcher(seedText());
		while (matcher.find()) {
			boolean isOutcome = Character.isLetter(matcher.group(2).charAt(0));
			if (isOutcome == outcomes) {
				results.putIfAbsent(matcher.group(1) + "-" + matcher.group(2), clean(matcher.group(3)));
			}
		}
		return results;
	}

	private static String clean(String text) {
		return text.replaceAll("<[^>]+>", "").replace("*", "").strip();
	}

	private static String seedText() throws IOException {
		Path seed = ProjectPaths.shared().resolve("seed");
		try (Stream<Path> files = Files.list(seed)) {
			Path document = files.filter(path -> path.toString().endsWith(".txt")).findFirst().orElseThrow();
			String text = Files.readString(document, StandardCharsets.UTF_8);
			assertTrue(text.contains("Resolution 71"), "not the Resolution 71 document: " + document);
			return text;
		}
	}
}
