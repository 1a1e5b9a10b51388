package org.itup.generator.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * An objective led by one programme with others contributing (issue 13), as {@code itup generate} exports it: the
 * JSON says who leads and who contributes, in the objective and in each of its linkage entries, and the CSV linkage
 * matrix ends with the same two columns.
 */
class SharedOwnershipExportTest {

	private static final String PLAN = """
			plan ngo "Water for All 2024-2026" period 2024 to 2026
			goal 1 "Safe water" { target 1.1 "Villages served" { by 2026 level 40 "villages" } }
			goal 2 "Healthy families" { target 2.1 "Fewer illnesses" { by 2026 qualitative } }
			sector P "Programmes" {
			    objective P.1 "Wells" {
			        primary goal 1
			        secondary goal 2
			        contributors H, C
			        outcome P.1-a "Wells in use"
			        output P.1-1 "Wells drilled"
			    }
			}
			sector H "Hygiene" {
			    objective H.1 "Clean hands" {
			        primary goal 2
			        outcome H.1-a "Hand washing at wells"
			        output H.1-1 "Hygiene sessions held"
			    }
			}
			sector C "Communication" { }
			""";

	@TempDir
	static Path temp;

	@BeforeAll
	static void generate() throws Exception {
		Path plans = Files.createDirectories(temp.resolve("plans"));
		Files.writeString(plans.resolve("plan.itup"), PLAN);
		Generation.run(plans, temp.resolve("out"), Generation.formats("json", "csv"));
	}

	@Test
	void theJsonObjectiveNamesItsContributors() throws Exception {
		JsonObject plan = json();
		JsonArray sectors = plan.getAsJsonArray("sectors");
		JsonObject wells = sectors.get(0).getAsJsonObject().getAsJsonArray("objectives").get(0).getAsJsonObject();
		assertEquals("[\"H\",\"C\"]", wells.getAsJsonArray("contributors").toString());
		JsonObject hands = sectors.get(1).getAsJsonObject().getAsJsonArray("objectives").get(0).getAsJsonObject();
		assertEquals("[]", hands.getAsJsonArray("contributors").toString());
	}

	@Test
	void eachJsonLinkageSaysWhoLeadsAndWhoContributes() throws Exception {
		assertEquals("[{\"objective\":\"P.1\",\"goal\":\"1\",\"kind\":\"primary\",\"lead\":\"P\",\"contributors\":[\"H\",\"C\"]},"
				+ "{\"objective\":\"P.1\",\"goal\":\"2\",\"kind\":\"secondary\",\"lead\":\"P\",\"contributors\":[\"H\",\"C\"]},"
				+ "{\"objective\":\"H.1\",\"goal\":\"2\",\"kind\":\"primary\",\"lead\":\"H\",\"contributors\":[]}]",
				json().getAsJsonArray("linkage").toString());
	}

	@Test
	void theCsvLinkageMatrixEndsWithTheLeadAndTheContributors() throws Exception {
		assertEquals(List.of("objective,1,2,led_by,contributors", "P.1,primary,secondary,P,H C", "H.1,,primary,H,"),
				Files.readAllLines(temp.resolve("out/csv/ngo/linkage-matrix.csv")));
	}

	private static JsonObject json() throws Exception {
		return JsonParser.parseString(Files.readString(temp.resolve("out/json/ngo.json"))).getAsJsonObject();
	}
}
