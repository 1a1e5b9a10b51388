package org.itup.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.itup.test.support.RepositoryRoot;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

/** {@code itup diff} of two plan folders through the command line's entry point, in each format. */
class DiffCommandTest {

	@TempDir
	static Path folders;

	static Path oldPlan;
	static Path newPlan;

	/** The ITU example and a copy with target 1.1 raised and an output added. */
	@BeforeAll
	static void twoPlans() throws IOException {
		oldPlan = RepositoryRoot.itu2020Example();
		newPlan = folders.resolve("new");
		Files.createDirectories(newPlan);
		try (var files = Files.list(oldPlan)) {
			for (Path file : files.toList()) {
				Files.copy(file, newPlan.resolve(file.getFileName().toString()));
			}
		}
		Path plan = newPlan.resolve("plan.itup");
		Files.writeString(plan, Files.readString(plan).replace("        level 65 \"%\"\n        population \"households"
				+ " worldwide\"", "        level 70 \"%\"\n        population \"households worldwide\""));
		Path itur = newPlan.resolve("itu-r.itup");
		Files.writeString(itur, Files.readString(itur).replace("        output R.3-4 \"Seminars, workshops and other events\"\n",
				"        output R.3-4 \"Seminars, workshops and other events\"\n        output R.3-5 \"<b>Regional</b> radio"
						+ " forums\"\n"));
		writeStatedPlans();
	}

	@Test
	void textNamesTheRaisedTargetAndTheAddedOutput() {
		CliRun run = CliRun.of("diff", oldPlan.toString(), newPlan.toString());

		assertEquals(0, run.exitCode(), run::toString);
		assertTrue(run.out().contains("  targets:    1 changed\n"), run::toString);
		assertTrue(run.out().contains("      value: 65 % -> 70 %\n"), run::toString);
		assertTrue(run.out().contains("  added R.3-5 \"<b>Regional</b> radio forums\"\n"), run::toString);
	}

	@Test
	void aPlanAgainstItselfHasNoChanges() {
		CliRun run = CliRun.of("diff", oldPlan.toString(), oldPlan.toString(), "--format", "md");

		assertEquals(0, run.exitCode(), run::toString);
		assertTrue(run.out().endsWith("\nNo changes.\n"), run::toString);
	}

	@Test
	void markdownEscapesPlanText() {
		CliRun run = CliRun.of("diff", oldPlan.toString(), newPlan.toString(), "--format", "md");

		assertEquals(0, run.exitCode(), run::toString);
		assertTrue(run.out().contains("| targets | 0 | 0 | 0 | 0 | 1 | 0 | 0 |"), run::toString);
		assertTrue(run.out().contains("\\<b\\>Regional\\</b\\>"), run::toString);
	}

	@Test
	void jsonIsValidAgainstTheShippedSchema() throws IOException {
		CliRun run = CliRun.of("diff", oldPlan.toString(), newPlan.toString(), "--format", "json");

		assertEquals(0, run.exitCode(), run::toString);
		List<Error> errors = schema().validate(run.out(), InputFormat.JSON);
		assertEquals(List.of(), errors.stream().map(Error::toString).toList());
		assertFalse(schema().validate(run.out().replace("\"changes\"", "\"changez\""), InputFormat.JSON).isEmpty());
	}

	@Test
	void htmlIsWrittenToTheFileUnderTheReportsPolicy() throws IOException {
		Path page = folders.resolve("out/diff.html");
		Files.createDirectories(page.getParent());
		CliRun run = CliRun.of("diff", oldPlan.toString(), newPlan.toString(), "--format", "html", "-o",
				page.toString());

		assertEquals(0, run.exitCode(), run::toString);
		assertEquals("", run.out());
		String html = Files.readString(page);
		assertTrue(html.contains("script-src &#39;none&#39;"), html);
		assertTrue(html.contains("&lt;b&gt;Regional&lt;/b&gt;"), "plan text must be escaped");
		assertTrue(html.contains("<li>value: <b class=\"was\">65 %</b></li>"), html);
		assertTrue(html.contains("<li>value: <b class=\"now\">70 %</b></li>"), html);
		assertTrue(html.contains("<li>population: households worldwide</li>"), html);
		try (var left = Files.list(page.getParent())) {
			assertEquals(List.of(page), left.toList(), "no temporary file may be left");
		}
	}

	@Test
	void withoutFoldersItIsAUsageError() {
		CliRun run = CliRun.of("diff");

		assertEquals(2, run.exitCode(), run::toString);
		assertTrue(run.err().contains("diff needs the old plan's folder"), run::toString);
	}

	@Test
	void anUnknownFormatIsAUsageError() {
		CliRun run = CliRun.of("diff", oldPlan.toString(), newPlan.toString(), "--format", "pdf");

		assertEquals(2, run.exitCode(), run::toString);
		assertTrue(run.err().contains("unknown format 'pdf': use text, json, md or html"), run::toString);
	}

	@Test
	void aPlanWithErrorsIsRefusedNamingIt() throws IOException {
		Path broken = folders.resolve("broken");
		Files.createDirectories(broken);
		Files.writeString(broken.resolve("plan.itup"), "plan broken \"Broken\" period 2020 to 2023\ngoal 1 {\n");

		CliRun run = CliRun.of("diff", oldPlan.toString(), broken.toString());

		assertEquals(1, run.exitCode(), run::toString);
		assertTrue(run.err().contains("NEW (" + broken + ") has errors"), run::toString);
		run.assertNoStackTrace();
	}

	/** {@code replaces} in the new plan: goal 4 split into 4 and 5; the target's figures and indicator moved. */
	@Test
	void aStatedSplitAndAnIndicatorsNewFiguresAreReported() {
		Path old = folders.resolve("stated/old");
		Path now = folders.resolve("stated/new");
		CliRun run = CliRun.of("diff", old.toString(), now.toString());

		assertEquals(0, run.exitCode(), run::toString);
		assertTrue(run.out().contains("  split 4 \"Innovation and partnership\" -> 4 \"Innovation\", 5 \"Partnership\""
				+ " [stated]\n"), run::toString);
		assertTrue(run.out().contains("      value: 40 % -> 50 %\n      deadline: 2019 -> 2023\n"), run::toString);
		assertTrue(run.out().contains("      indicator INN: baseline: 2015 20 -> 2019 30\n"
				+ "      indicator INN: target: 40 by 2019 -> 50 by 2023\n"), run::toString);
		assertTrue(run.out().contains("      budget CHF: 100 -> 120\n"), run::toString);
		assertFalse(run.out().contains("indicator INN: unit"), "an indicator's unchanged values are no change");
	}

	/** Each changed value of an indicator is its own field in the JSON, naming the indicator and the value. */
	@Test
	void jsonNamesTheIndicatorAndTheValueOfEachIndicatorChange() throws IOException {
		CliRun run = CliRun.of("diff", folders.resolve("stated/old").toString(), folders.resolve("stated/new").toString(),
				"--format", "json");

		assertEquals(0, run.exitCode(), run::toString);
		List<String> indicatorFields = new java.util.ArrayList<>();
		for (var change : com.google.gson.JsonParser.parseString(run.out()).getAsJsonObject().getAsJsonArray("changes")) {
			for (var field : change.getAsJsonObject().getAsJsonArray("fields")) {
				var object = field.getAsJsonObject();
				if (object.has("indicator")) {
					indicatorFields.add(object.get("indicator").getAsString() + " "
							+ object.get("indicatorValue").getAsString() + " " + object.get("new").getAsString());
				}
			}
		}
		assertEquals(List.of("INN baseline 2019 30", "INN target 50 by 2023"), indicatorFields);
		assertEquals(List.of(), schema().validate(run.out(), InputFormat.JSON).stream().map(Error::toString).toList());
	}

	/** Two small plans: the new states goal 4's split; a target's figures, its indicator and a budget line moved. */
	private static void writeStatedPlans() throws IOException {
		Path old = folders.resolve("stated/old");
		Path now = folders.resolve("stated/new");
		Files.createDirectories(old);
		Files.createDirectories(now);
		Files.writeString(old.resolve("plan.itup"), String.join("\n", "plan p2016 \"Plan 2016-2019\" period 2016 to 2019",
				"goal 4 \"Innovation and partnership\" {", "    target 4.1 \"Countries with an innovation strategy\" {",
				"        by 2019", "        level 40 \"%\"",
				"        indicator INN \"Innovation strategies\" { unit \"%\" baseline 2015 value 20 target 40 by 2019 }",
				"    }", "}", "sector S \"Development\" {", "    budget 100 \"CHF\"",
				"    objective S.1 \"Innovation support\" { primary goal 4 }", "}", ""));
		Files.writeString(now.resolve("plan.itup"), String.join("\n", "plan p2020 \"Plan 2020-2023\" period 2020 to 2023",
				"goal 4 \"Innovation\" {", "    replaces 4", "    target 4.1 \"Countries with an innovation strategy\" {",
				"        by 2023", "        level 50 \"%\"",
				"        indicator INN \"Innovation strategies\" { unit \"%\" baseline 2019 value 30 target 50 by 2023 }",
				"    }", "}", "goal 5 \"Partnership\" {", "    replaces 4", "}",
				"sector S \"Development\" {", "    budget 120 \"CHF\"",
				"    objective S.1 \"Innovation support\" { primary goal 4 }", "}", ""));
	}

	private static Schema schema() throws IOException {
		Path schemaFile = RepositoryRoot.path().resolve("bundles/org.itup.generator/schema/itup-diff.schema.json");
		return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
				.getSchema(Files.readString(schemaFile), InputFormat.JSON);
	}
}
