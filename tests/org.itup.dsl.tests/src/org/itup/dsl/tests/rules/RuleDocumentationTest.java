package org.itup.dsl.tests.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.itup.dsl.tests.ProjectPaths;
import org.itup.dsl.validation.IssueCodes;
import org.junit.jupiter.api.Test;

/**
 * Every rule code has its row in docs/validation.md, and every row names a rule that exists: a planner who meets a
 * code in a finding or in {@code itup-rules.properties} finds what it checks.
 */
class RuleDocumentationTest {

	private static final String PREFIX = "org.itup.dsl.";
	/** A row of the codes table: {@code | `Name` | severity | ...}. */
	private static final Pattern ROW = Pattern.compile("(?m)^\\| `([A-Za-z0-9]+)` \\|");

	@Test
	void everyCodeIsDocumented() throws Exception {
		List<String> documented = documentedCodes();
		List<String> undocumented = new ArrayList<>(ruleCodes());
		undocumented.removeAll(documented);
		assertEquals(List.of(), undocumented, "rule codes missing from docs/validation.md");
	}

	@Test
	void everyDocumentedCodeExists() throws Exception {
		List<String> unknown = new ArrayList<>(documentedCodes());
		unknown.removeAll(ruleCodes());
		assertEquals(List.of(), unknown, "docs/validation.md describes codes that IssueCodes does not have");
	}

	private static List<String> ruleCodes() throws IllegalAccessException {
		List<String> codes = new ArrayList<>();
		for (Field field : IssueCodes.class.getFields()) {
			if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
				String code = (String) field.get(null);
				assertTrue(code.startsWith(PREFIX), code);
				codes.add(code.substring(PREFIX.length()));
			}
		}
		assertTrue(codes.size() > 30, "IssueCodes lists the rules: " + codes);
		return codes;
	}

	private static List<String> documentedCodes() throws IOException {
		String text = Files.readString(ProjectPaths.repositoryRoot().resolve("docs/validation.md"),
				StandardCharsets.UTF_8);
		List<String> codes = new ArrayList<>();
		Matcher row = ROW.matcher(text);
		while (row.find()) {
			codes.add(row.group(1));
		}
		return codes;
	}
}
