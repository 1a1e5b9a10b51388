package org.itup.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.itup.test.support.RepositoryRoot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

/**
 * {@code itup check --format sarif} on a plan with seeded faults: the output is valid SARIF 2.1.0 (checked against
 * the schema in test resources) and lists each fault once, with its rule, level and position.
 */
class SarifOutputTest {

	/**
	 * Faults: a deadline after the period, a target numbered with a gap, an unknown SDG target, an objective
	 * without output, a mitigation without treatment type.
	 */
	private static final String SEEDED = """
			plan seeded "Seeded faults" period 2020 to 2023
			goal 1 "Growth" {
			    target 1.1 "Online" { by 2030 level 65 "%" }
			    target 1.3 "Cheaper" { by 2023 level 10 "%" }
			    sdg 9.z
			}
			inter-sectoral I {
			    objective I.1 "Access" {
			        primary goal 1
			        outcome I.1-a "Reach"
			    }
			}
			risk 1 "Funding" { mitigation "Plan finances" }
			""";

	@TempDir
	Path folder;

	@Test
	void seededFaultsAreListedOnceEachWithRuleLevelAndPosition() throws Exception {
		Path file = Files.writeString(folder.resolve("seeded.itup"), SEEDED, StandardCharsets.UTF_8);
		CliRun run = CliRun.of("check", "--format", "sarif", file.toString());

		assertEquals(ExitCode.ERRORS, run.exitCode(), run::toString);
		assertEquals(List.of(), schema().validate(run.out(), InputFormat.JSON), run::toString);
		JsonObject sarif = JsonParser.parseString(run.out()).getAsJsonObject();
		assertEquals("2.1.0", sarif.get("version").getAsString());
		JsonObject result0 = sarif.getAsJsonArray("runs").get(0).getAsJsonObject();
		List<String> results = new ArrayList<>();
		for (JsonElement result : result0.getAsJsonArray("results")) {
			results.add(describe(result.getAsJsonObject()));
		}
		String uri = file.toUri().toString();
		assertEquals(List.of(
				"error org.itup.dsl.DeadlineOutsidePeriod " + uri + " " + at("2030", 4),
				"warning org.itup.dsl.TargetNumbering " + uri + " " + at("1.3", 3),
				"error org.itup.dsl.UnknownSdgTarget " + uri + " " + at("9.z", 3),
				"warning org.itup.dsl.MissingOutput " + uri + " " + at("I.1 \"", 3),
				"error org.itup.dsl.MitigationWithoutTreatment " + uri + " " + at("\"Plan finances\"", 15)),
				results);
	}

	@Test
	void theItuExampleIsValidSarifWithNotesOnly() throws Exception {
		CliRun run = CliRun.of("check", "--format", "sarif", "--fail-on", "warning",
				RepositoryRoot.itu2020Example().toString());

		assertEquals(ExitCode.OK, run.exitCode(), run::toString);
		assertEquals(List.of(), schema().validate(run.out(), InputFormat.JSON), run::toString);
		JsonObject sarif = JsonParser.parseString(run.out()).getAsJsonObject();
		var results = sarif.getAsJsonArray("runs").get(0).getAsJsonObject().getAsJsonArray("results");
		assertEquals(4, results.size());
		results.forEach(result -> assertEquals("note", result.getAsJsonObject().get("level").getAsString()));
	}

	/** "line:column-endLine:endColumn" of the first occurrence of text in the seeded plan, SARIF style. */
	private static String at(String text, int length) {
		int offset = SEEDED.indexOf(text);
		int line = (int) SEEDED.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
		int column = offset - SEEDED.lastIndexOf('\n', offset - 1);
		return line + ":" + column + "-" + line + ":" + (column + length);
	}

	private static String describe(JsonObject result) {
		JsonObject location = result.getAsJsonArray("locations").get(0).getAsJsonObject()
				.getAsJsonObject("physicalLocation");
		JsonObject region = location.getAsJsonObject("region");
		return result.get("level").getAsString() + " " + result.get("ruleId").getAsString() + " "
				+ location.getAsJsonObject("artifactLocation").get("uri").getAsString() + " "
				+ region.get("startLine").getAsInt() + ":" + region.get("startColumn").getAsInt() + "-"
				+ region.get("endLine").getAsInt() + ":" + region.get("endColumn").getAsInt();
	}

	private static Schema schema() throws Exception {
		try (InputStream in = SarifOutputTest.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
			if (in == null) {
				throw new AssertionError("the SARIF schema is missing from the test resources");
			}
			return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(in);
		}
	}
}
