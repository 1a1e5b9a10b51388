package org.itup.generator.tests.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/**
 * The committed injection strings ({@code injection-corpus.txt}) and two very long ones made here: what
 * {@link InjectionPlan} writes into every text field of a plan.
 */
final class InjectionCorpus {

	private InjectionCorpus() {
	}

	static List<String> read() throws IOException {
		List<String> corpus = new ArrayList<>();
		for (String line : Files.readAllLines(GeneratedReport.resource("injection-corpus.txt"), StandardCharsets.UTF_8)) {
			if (!line.isEmpty() && !line.startsWith("#")) {
				corpus.add(line);
			}
		}
		corpus.add("<script>window.pwned='long'</script> ".repeat(400));
		corpus.add("x".repeat(20_000) + "\"><img src=x onerror=\"window.pwned='long-attribute'\">");
		assertTrue(corpus.size() > 50, "the corpus is missing or cut short: " + corpus.size() + " strings");
		return List.copyOf(corpus);
	}
}
