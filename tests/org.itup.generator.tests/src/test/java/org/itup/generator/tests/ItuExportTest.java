package org.itup.generator.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

/** The exports of the complete ITU plan against the source document's Table 3 and the shipped JSON Schema. */
class ItuExportTest {

	@TempDir
	static Path out;

	@BeforeAll
	static void generate() throws IOException {
		Generation.run(RepositoryRoot.itu2020Example(), out, Generation.formats("csv", "json", "md"));
	}

	@Test
	void linkageMatrixIsTable3() throws IOException {
		List<List<String>> rows = CsvRecords.parse(Files.readString(out.resolve("csv/itu2020/linkage-matrix.csv")));

		assertEquals(List.of("objective", "1", "2", "3", "4", "5"), rows.get(0));
		assertEquals(19, rows.size());
		assertEquals(List.of("R.1", "primary", "primary", "primary", "primary", "secondary"), rows.get(1));
		long primary = rows.stream().flatMap(List::stream).filter("primary"::equals).count();
		long secondary = rows.stream().flatMap(List::stream).filter("secondary"::equals).count();
		assertEquals(25, primary);
		assertEquals(58, secondary);
		assertTrue(rows.stream().skip(1).allMatch(row -> row.size() == 6), rows::toString);
	}

	@Test
	void elementTablesHaveTheDocumentsCounts() throws IOException {
		assertRecords("goals", 5);
		assertRecords("targets", 24);
		assertRecords("sectors", 5);
		assertRecords("objectives", 18);
		assertRecords("outcomes", 64);
		assertRecords("outputs", 70);
		assertRecords("enablers", 31);
		assertRecords("risks", 6);
	}

	@Test
	void jsonExportIsValidAgainstTheShippedSchema() throws IOException {
		Path schemaFile = RepositoryRoot.path().resolve("bundles/org.itup.generator/schema/itup-plan.schema.json");
		Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
				.getSchema(Files.readString(schemaFile), InputFormat.JSON);
		String export = Files.readString(out.resolve("json/itu2020.json"));

		List<Error> errors = schema.validate(export, InputFormat.JSON);

		assertEquals(List.of(), errors.stream().map(Error::toString).toList());
		assertTrue(export.contains("\"outputs\": 70"), "summary counts missing");
		// the example's monitoring file measures target 1.2 up to 2023: judged as of then, the latest measured period
		assertTrue(export.contains("\"monitoring\": {\n    \"asOf\": \"2023\","), "monitoring as of 2023");
		assertTrue(export.contains("\"code\": \"1.2\",\n        \"status\": \"at risk\""), "target 1.2 at risk");
		// computed to twelve significant digits: the compound path to 70 % is 70, not 70.00000000000001
		assertTrue(export.contains("\"expected\": 70,\n"), "the expected value of 1.2 without floating-point noise");
	}

	@Test
	void schemaRejectsAnExportMissingItsGoals() throws IOException {
		Path schemaFile = RepositoryRoot.path().resolve("bundles/org.itup.generator/schema/itup-plan.schema.json");
		Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
				.getSchema(Files.readString(schemaFile), InputFormat.JSON);
		String export = Files.readString(out.resolve("json/itu2020.json")).replaceFirst("\"goals\": \\[", "\"gaols\": [");

		assertTrue(schema.validate(export, InputFormat.JSON).size() >= 2, "a broken export passed the schema");
	}

	@Test
	void markdownHasTheMatrixAsATable() throws IOException {
		String markdown = Files.readString(out.resolve("markdown/itu2020.md"));

		assertTrue(markdown.contains("| Objective | Goal 1 | Goal 2 | Goal 3 | Goal 4 | Goal 5 |\n|---|---|---|---|---|---|\n"
				+ "| R.1 | primary | primary | primary | primary | secondary |\n"), markdown);
		assertTrue(markdown.startsWith("# ITU strategic plan for 2020-2023\n"), markdown);
	}

	private static void assertRecords(String table, int count) throws IOException {
		List<List<String>> rows = CsvRecords.parse(Files.readString(out.resolve("csv/itu2020/" + table + ".csv")));
		assertEquals(count + 1, rows.size(), table);
	}
}
