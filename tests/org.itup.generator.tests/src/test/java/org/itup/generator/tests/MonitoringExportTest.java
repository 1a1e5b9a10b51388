package org.itup.generator.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import org.itup.test.support.RepositoryRoot;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

/**
 * The exports of what plans measure and fund, as {@code itup generate} writes them: a plan written for this test
 * with indicators of every kind, budgets, an operational plan's resources and monitoring data in a monitoring file
 * and a CSV data file (the test support's fixture {@code monitored}), and the 2016-2019 example with the figures of
 * its review.
 * Statuses are judged as of the latest period measured; the numbers checked are worked out by hand below.
 */
class MonitoringExportTest {

	private static final Path MONITORED = RepositoryRoot.fixture("monitored");

	@TempDir
	static Path out;

	private static JsonObject mon;

	@BeforeAll
	static void generate() throws IOException {
		Generation.run(MONITORED, out.resolve("mon"), Generation.formats("csv", "json", "md"));
		Generation.run(RepositoryRoot.path().resolve("examples/itu-2016-2019"), out.resolve("itu2016"),
				Generation.formats("csv", "json", "md"));
		mon = JsonParser.parseString(Files.readString(out.resolve("mon/json/mon.json"))).getAsJsonObject();
	}

	@Test
	void bothExportsAreValidAgainstTheShippedSchema() throws IOException {
		for (String export : List.of("mon/json/mon.json", "itu2016/json/itu2016.json")) {
			List<Error> errors = schema().validate(Files.readString(out.resolve(export)), InputFormat.JSON);
			assertEquals(List.of(), errors.stream().map(Error::toString).toList(), export);
		}
	}

	@Test
	void schemaRejectsAStatusThatIsNoneOfTheSix() throws IOException {
		String export = Files.readString(out.resolve("mon/json/mon.json")).replace("\"status\": \"at risk\"",
				"\"status\": \"fine\"");
		assertTrue(schema().validate(export, InputFormat.JSON).size() >= 1, "a status the method never gives passed");
	}

	@Test
	void jsonIndicatorHasEveryField() {
		JsonObject indicator = mon.getAsJsonArray("goals").get(0).getAsJsonObject().getAsJsonArray("targets").get(0)
				.getAsJsonObject().getAsJsonArray("indicators").get(0).getAsJsonObject();
		assertEquals("IU-1", indicator.get("code").getAsString());
		assertEquals("%", indicator.get("unit").getAsString());
		assertEquals(2019, indicator.getAsJsonObject("baseline").get("year").getAsInt());
		assertEquals(50, indicator.getAsJsonObject("baseline").get("value").getAsInt());
		assertEquals(70, indicator.get("target").getAsInt());
		assertEquals(2023, indicator.get("targetYear").getAsInt());
		assertEquals("increase", indicator.get("direction").getAsString());
		assertEquals("at least", indicator.getAsJsonObject("bound").get("kind").getAsString());
		assertEquals(0, indicator.getAsJsonObject("bound").get("low").getAsInt());
		assertEquals("ITU ICT indicators database", indicator.get("source").getAsString());
		assertEquals("annual", indicator.get("frequency").getAsString());
		assertEquals("BDT/IDS", indicator.get("responsible").getAsString());
		assertEquals("[{\"year\":2021,\"value\":55},{\"year\":2022,\"value\":60}]",
				indicator.getAsJsonArray("milestones").toString());
	}

	@Test
	void jsonHasBudgetsOperationalResourcesAndObjectiveIndicators() {
		JsonObject sector = mon.getAsJsonArray("sectors").get(0).getAsJsonObject();
		assertEquals("[{\"amount\":1000000,\"currency\":\"CHF\",\"period\":\"2020-2021\"}]",
				sector.getAsJsonArray("budgets").toString());
		JsonObject objective = sector.getAsJsonArray("objectives").get(0).getAsJsonObject();
		assertEquals("MS-1", objective.getAsJsonArray("indicators").get(0).getAsJsonObject().get("code").getAsString());
		assertEquals(400000, objective.getAsJsonArray("budgets").get(0).getAsJsonObject().get("amount").getAsInt());
		JsonObject outcomeIndicator = objective.getAsJsonArray("outcomes").get(0).getAsJsonObject()
				.getAsJsonArray("indicators").get(0).getAsJsonObject();
		assertEquals("{\"kind\":\"between\",\"low\":75,\"high\":100}", outcomeIndicator.get("bound").toString());
		assertEquals("[{\"amount\":85000,\"currency\":\"CHF\",\"period\":\"2020\"}]", objective
				.getAsJsonArray("outputs").get(0).getAsJsonObject().getAsJsonArray("budgets").toString());
		assertEquals("[{\"name\":\"mon-2021\",\"sector\":\"S\",\"year\":2021,\"outputs\":[{\"output\":\"S.1-1\","
				+ "\"retired\":false,\"resources\":[{\"amount\":150000,\"currency\":\"CHF\",\"description\":\"2 P-staff\"}]}]}]",
				mon.getAsJsonArray("operationalPlans").toString());
	}

	@Test
	void jsonMeasurementsSayWhereTheyWereWritten() {
		JsonObject monitoring = mon.getAsJsonObject("monitoring");
		Map<String, JsonObject> byCodeAndPeriod = objects(monitoring.getAsJsonArray("measurements"),
				m -> m.get("code").getAsString() + " " + m.get("period").getAsString());
		assertEquals(5, byCodeAndPeriod.size());
		JsonObject written = byCodeAndPeriod.get("IU-1 2020");
		assertEquals("{\"code\":\"IU-1\",\"kind\":\"indicator\",\"period\":\"2020\",\"value\":52,\"unit\":\"%\","
				+ "\"source\":\"ITU ICT indicators, 2021 edition\",\"date\":\"2021-06-30\",\"note\":\"estimate\","
				+ "\"file\":\"monitoring.itup\",\"line\":3}", written.toString());
		JsonObject fromCsv = byCodeAndPeriod.get("SAT-1 2022");
		assertEquals("data.csv", fromCsv.get("file").getAsString());
		assertEquals(3, fromCsv.get("line").getAsInt(), "the third line of the data file, after the header");
		assertEquals("[{\"element\":\"S.1-1\",\"period\":\"2020\",\"amount\":90000,\"currency\":\"CHF\","
				+ "\"file\":\"monitoring.itup\",\"line\":6}]", monitoring.getAsJsonArray("spent").toString());
		assertEquals("S.1", monitoring.getAsJsonArray("assessments").get(0).getAsJsonObject().get("objective")
				.getAsString());
	}

	/**
	 * As of 2022, the latest period measured (SAT-1's value in the CSV file). Target 1.1 goes from 50 % (2019) to 70 %
	 * (2023) and measured 57 % in 2021: on the compound path it should be at 50 x 1.4^(2/4) = 59.1608 % in 2021;
	 * actual yearly growth (57/50)^(1/2) - 1 = 6.771 % against the required 1.4^(1/4) - 1 = 8.776 %, a ratio of 0.7715,
	 * between the at-risk (0.6) and on-track (0.95) thresholds: at risk.
	 */
	@Test
	void jsonStatusCarriesTheValuesTheJudgementUsed() {
		JsonObject monitoring = mon.getAsJsonObject("monitoring");
		assertEquals("2022", monitoring.get("asOf").getAsString());
		Map<String, JsonObject> status = objects(monitoring.getAsJsonArray("status"), s -> s.get("code").getAsString());
		assertEquals(List.of("1.1", "IU-1", "MS-1", "SAT-1"), List.copyOf(status.keySet()));
		JsonObject target = status.get("1.1");
		assertEquals("at risk", target.get("status").getAsString());
		assertEquals("compound-growth", target.get("method").getAsString());
		assertEquals("2021", target.get("measuredIn").getAsString());
		assertEquals(57, target.get("value").getAsDouble());
		assertEquals(50 * Math.sqrt(1.4), target.get("expected").getAsDouble(), 1e-9);
		assertEquals((Math.sqrt(57.0 / 50) - 1) / (Math.pow(1.4, 0.25) - 1), target.get("ratio").getAsDouble(), 1e-9);
		assertEquals("%", target.get("unit").getAsString());
		assertEquals("on track", status.get("SAT-1").get("status").getAsString());
		assertEquals("[\"1.1\",\"IU-1\",\"MS-1\"]", monitoring.getAsJsonArray("missingData").toString());
	}

	/** With the plan folder's on-track threshold at 0.7, target 1.1's ratio of 0.7715 is on track. */
	@Test
	void thePlanFoldersThresholdsDecide(@TempDir Path copy) throws IOException {
		try (var files = Files.list(MONITORED)) {
			for (Path file : (Iterable<Path>) files::iterator) {
				Files.copy(file, copy.resolve(file.getFileName().toString()));
			}
		}
		Files.writeString(copy.resolve("itup-monitoring.properties"), "status.onTrack=0.7\n");
		Generation.run(copy, copy.resolve("out"), Generation.formats("csv"));
		List<List<String>> status = CsvRecords.parse(Files.readString(copy.resolve("out/csv/mon/status.csv")));
		assertEquals(List.of("1.1", "2022", "on track"), status.get(1).subList(0, 3));
	}

	@Test
	void csvTablesHoldIndicatorsBudgetsMeasurementsAndStatus() throws IOException {
		List<List<String>> indicators = csv("mon", "indicators");
		assertEquals(List.of("element_level", "element", "code", "title", "unit", "baseline_year", "baseline_value",
				"baseline_measured", "target_value", "target_year", "direction", "bound", "bound_low", "bound_high",
				"source", "frequency", "responsible"), indicators.get(0));
		assertEquals(List.of("target", "1.1", "IU-1", "Individuals using the Internet", "%", "2019", "50", "false", "70",
				"2023", "increase", "at least", "0", "", "ITU ICT indicators database", "annual", "BDT/IDS"),
				indicators.get(1));
		assertEquals(List.of("outcome", "S.1-a", "SAT-1", "Satisfaction of members", "%", "2019", "80", "false", "80",
				"2023", "maintain", "between", "75", "100", "", "", ""), indicators.get(3));
		assertEquals(List.of(List.of("indicator", "year", "value"), List.of("IU-1", "2021", "55"),
				List.of("IU-1", "2022", "60")), csv("mon", "milestones"));
		assertEquals(List.of(List.of("element_level", "element", "amount", "currency", "period"),
				List.of("sector", "S", "1000000", "CHF", "2020-2021"), List.of("objective", "S.1", "400000", "CHF", "2020"),
				List.of("output", "S.1-1", "85000", "CHF", "2020")), csv("mon", "budget"));
		assertEquals(List.of("mon-2021", "S", "2021", "S.1-1", "false", "150000", "CHF", "2 P-staff"),
				csv("mon", "resources").get(1));
		assertEquals(List.of("MS-1", "indicator", "2021", "16", "countries", "Survey, 2021", "", "", "data.csv", "2"),
				csv("mon", "measurements").get(4));
		assertEquals(List.of("S.1-1", "2020", "90000", "CHF", "monitoring.itup", "6"), csv("mon", "spent").get(1));
		assertEquals(List.of("S.1", "2021", "Policy work advanced as planned.", "monitoring.itup", "7"),
				csv("mon", "assessments").get(1));
		List<String> status = csv("mon", "status").get(1);
		assertEquals(List.of("1.1", "2022", "at risk", "compound-growth", "2021", "57"), status.subList(0, 6));
		assertEquals(50 * Math.sqrt(1.4), Double.parseDouble(status.get(6)), 1e-9);
	}

	/** docs/exports.md lists each new table's columns as the export writes them. */
	@Test
	void csvHeadersAreTheDocumentedOnes() throws IOException {
		String docs = Files.readString(RepositoryRoot.path().resolve("docs/exports.md"));
		for (String table : List.of("indicators", "milestones", "budget", "resources", "measurements", "spent",
				"assessments", "status")) {
			Matcher row = Pattern.compile("\\| `" + table + "\\.csv` \\| ([^|]+) \\|").matcher(docs);
			assertTrue(row.find(), () -> table + ".csv is not in docs/exports.md");
			assertEquals(List.of(row.group(1).split(", ")), csv("mon", table).get(0), table);
		}
	}

	@Test
	void markdownListsIndicatorsBudgetsAndTheStatusTable() throws IOException {
		String markdown = Files.readString(out.resolve("mon/markdown/mon.md"));
		assertTrue(markdown.contains("- **1.1** Internet use reaches 70 % (by 2023)\n"
				+ "  - Indicator **IU-1** Individuals using the Internet\n    - unit: %\n    - baseline: 50 % in 2019\n"
				+ "    - target: 70 % by 2023\n    - milestones: 2021: 55 %; 2022: 60 %\n"), markdown);
		assertTrue(markdown.contains("**Budget**: 400000 CHF for 2020\n"), markdown);
		assertTrue(markdown.contains("- **S.1-1** Guidelines (budget: 85000 CHF for 2020)\n"), markdown);
		assertTrue(markdown.contains("## Status as of 2022\n\n| Code | Status | Measured | In | Expected | Explanation |\n"),
				markdown);
		assertTrue(markdown.contains("| 1.1 | at risk | 57 % | 2021 | 59.16 % | 57 % in 2021, needs 59.16 %"), markdown);
		assertTrue(markdown.contains("No value for 2022: 1.1, IU-1, MS-1.\n"), markdown);
	}

	/**
	 * The 2016-2019 example's review gives 2.5.A for 2016 and 2017 and 2.3.B and 2.5.B for 2018 ("currently", 2018):
	 * judged as of 2018, with every target in the status list and 2.4, never measured, without data.
	 */
	@Test
	void example2016IsJudgedAsOfItsLatestFigures() throws IOException {
		JsonObject plan = JsonParser.parseString(Files.readString(out.resolve("itu2016/json/itu2016.json")))
				.getAsJsonObject();
		JsonObject monitoring = plan.getAsJsonObject("monitoring");
		assertEquals("2018", monitoring.get("asOf").getAsString());
		JsonObject gap2017 = objects(monitoring.getAsJsonArray("measurements"),
				m -> m.get("code").getAsString() + " " + m.get("period").getAsString()).get("2.5.A 2017");
		assertEquals(11.6, gap2017.get("value").getAsDouble());
		assertEquals("monitoring.itup", gap2017.get("file").getAsString());
		assertEquals(21, gap2017.get("line").getAsInt());
		int targets = plan.getAsJsonObject("summary").get("targets").getAsInt();
		Map<String, JsonObject> status = objects(monitoring.getAsJsonArray("status"), s -> s.get("code").getAsString());
		assertEquals(targets, status.size());
		assertEquals("no data", status.get("2.4").get("status").getAsString());
		assertEquals(11.6, status.get("2.5.A").get("value").getAsDouble());
		assertEquals("2017", status.get("2.5.A").get("measuredIn").getAsString());
		List<List<String>> rows = csv("itu2016", "status");
		assertEquals(targets + 1, rows.size());
		assertTrue(rows.stream().skip(1).allMatch(row -> row.get(1).equals("2018")), rows::toString);
	}

	private static List<List<String>> csv(String plan, String table) throws IOException {
		Path folder = out.resolve(plan).resolve("csv").resolve(plan);
		return CsvRecords.parse(Files.readString(folder.resolve(table + ".csv")));
	}

	private static Map<String, JsonObject> objects(JsonArray array, Function<JsonObject, String> key) {
		return StreamSupport.stream(array.spliterator(), false).map(JsonElement::getAsJsonObject)
				.collect(Collectors.toMap(key, o -> o, (a, b) -> a, LinkedHashMap::new));
	}

	private static Schema schema() throws IOException {
		Path schemaFile = RepositoryRoot.path().resolve("bundles/org.itup.generator/schema/itup-plan.schema.json");
		return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
				.getSchema(Files.readString(schemaFile), InputFormat.JSON);
	}
}
