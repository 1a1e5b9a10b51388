package org.itup.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/**
 * The raw-bytes fuzz test's dictionary must keep up with the grammar: a keyword missing from it is a part of the
 * language the fuzzer reaches only by luck.
 */
class FuzzDictionaryTest {

	@Test
	void theDictionaryHoldsEveryKeywordOfTheGrammar() throws IOException {
		Set<String> entries = new TreeSet<>();
		try (InputStream in = PlanTextFuzzTest.class.getResourceAsStream("itup.dict")) {
			assertNotNull(in, "itup.dict is missing");
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				if (line.startsWith("\"") && line.endsWith("\"")) {
					entries.add(line.substring(1, line.length() - 1));
				}
			}
		}
		Set<String> missing = new TreeSet<>(PlanTokens.grammarKeywords());
		missing.removeAll(entries);
		assertEquals(Set.of(), missing, "keywords of Itup.xtext missing from itup.dict");
	}
}
