package org.itup.generator.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import org.itup.generator.diff.DiffFormat;
import org.itup.test.support.RepositoryRoot;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * {@code itup diff} of the ITU strategic plan 2016-2019 (the example built from the review in Annex 2 to Resolution
 * 71) against the 2020-2023 example, as the command writes it in JSON: every change of a target, and goal 4's split, as the two
 * plans' texts in Resolution 71 (Rev. Dubai, 2018) give them. Neither example states a correspondence
 * ({@code replaces}): the review names the old targets without saying what became of them, so every one of these is
 * found by the matcher.
 */
class ItuPlansDiffTest {

	private static JsonObject diff;

	@BeforeAll
	static void compareThePlans() {
		diff = JsonParser.parseString(
				PlanDiffs.render(DiffFormat.JSON, RepositoryRoot.itu2016Example(), RepositoryRoot.itu2020Example()))
				.getAsJsonObject();
	}

	@Test
	void everyTargetChangeIsTheOneTheSeedGives() {
		List<String> expected = List.of(
				// 2016-2019: "Target 1.1 aims to achieve a rate of 55% of households connected worldwide"
				// 2020-2023: "Target 1.1: By 2023, 65% of households worldwide with access to the Internet"
				"changed 1.1 -> 1.1: value 55 % -> 65 %",
				// "Targets 1.2, 2.2.A and 2.2.B set aims in terms of the number of connected individuals worldwide (60%)"
				// "Target 1.2: By 2023, 70% of individuals worldwide will be using the Internet"
				"changed 1.2 -> 1.2: value 60 % -> 70 %",
				// "Target 1.3 aims to make telecommunications/ICT 40% more affordable by 2020 in relation to the 2014
				// baseline"; "Target 1.3: By 2023, Internet access should be 25% more affordable (baseline year 2017)"
				"changed 1.3 -> 1.3: value 40 % -> 25 %; baseline 2014 measured -> 2017 measured;"
						+ " population (none) -> worldwide",
				// "Under target 3.1, cybersecurity readiness should be improved by 2020"; "Target 3.1: By 2023, improve
				// cybersecurity preparedness of countries, with key capabilities: ..." (no figure on either side)
				"changed 3.1 -> 3.1: population (none) -> countries",
				// "Target 4.1 aims to ensure a telecommunication/ICT environment that is conducive to innovation";
				// "Target 4.1: By 2023, all countries should have policies/strategies fostering ... innovation"
				"changed 4.1 -> 4.1: kind qualitative -> level; value (none) -> 100 % of countries;"
						+ " population (none) -> countries",
				// "Target 2.4 aims to ensure that 90% of the world's rural population will be covered by broadband
				// services by 2020"; "Target 2.7: By 2023, 96% of the world population covered by broadband services"
				"renumbered 2.4 -> 2.7: value 90 % -> 96 %; population world's rural population -> world population",
				// "... connected individuals ... in LDCs (20%)"; "Target 2.4: By 2023, in the least developed
				// countries, 30% of individuals will be using the Internet"
				"renumbered 2.2.B -> 2.4: value 20 % -> 30 %;"
						+ " population individuals in LDCs -> individuals in least developed countries",
				// "the drop in the affordability gap between developed and developing countries (target 2.3.A)";
				// "Target 2.5: By 2023, the affordability gap between developed and developing countries should be
				// reduced by 25% (baseline year 2017)"
				"renumbered 2.3.A -> 2.5: kind qualitative -> decrease; value (none) -> 25 %;"
						+ " baseline (none) -> 2017 measured; population (none) -> developed and developing countries",
				// "rates of ... 15% connected households in ... LDCs (2.1.B)"; "Target 2.2: By 2023, in the least
				// developed countries, 30% of households should have access to the Internet"
				"renumbered 2.1.B -> 2.2: value 15 % -> 30 %;"
						+ " population households in LDCs -> households in least developed countries",
				// "rates of 50% ... connected households in developing countries (2.1.A)"; "Target 2.1: By 2023, in
				// the developing world, 60% of households should have access to the Internet"
				"renumbered 2.1.A -> 2.1: value 50 % -> 60 %",
				// "connected individuals ... in developing countries (50%)" (2.2.A); "Target 2.3: By 2023, in the
				// developing world, 60% of individuals will be using the Internet"
				"renumbered 2.2.A -> 2.3: value 50 % -> 60 %",
				// "Gender equality in terms of Internet access is included as target 2.5.A"; "Target 2.8: By 2023,
				// gender equality in Internet usage and mobile phone ownership should be achieved"
				"renumbered 2.5.A -> 2.8: population (none) -> women and men",
				// "Having a strategy on ensuring accessibility for persons with disabilities is included as target
				// 2.5.B"; "Target 2.9: By 2023, enabling environments ensuring accessible telecommunications/ICTs for
				// persons with disabilities should be established in all countries"
				"renumbered 2.5.B -> 2.9: kind qualitative -> level; value (none) -> 100 % of countries;"
						+ " population (none) -> countries",
				// Targets of 2020-2023 with no forerunner in the review: digital agenda, broadband subscriptions and
				// speeds, e-government; 2.6's price ceiling is another measure (3% of monthly income for broadband in
				// developing countries) than 2.3.B's (Internet access below 5% of GNI per capita in every country);
				// ICT skills; e-waste; greenhouse gas abatement; emergency telecommunication plans; partnerships.
				"added 1.4", "added 1.5", "added 1.6", "added 1.7", "added 2.6", "added 2.10", "added 3.2",
				"added 3.3", "added 3.4", "added 3.5", "added 5.1",
				// "Target 2.3.B aims to get the cost of Internet access to below 5% of GNI per capita"
				"removed 2.3.B");

		assertEquals(expected, changes("target").stream().map(ItuPlansDiffTest::targetChange).toList());
	}

	/** Every target kept runs to 2023 instead of 2020, and no longer beyond its plan's period. */
	@Test
	void everyKeptTargetMovesItsDeadlineFrom2020To2023() {
		for (JsonObject change : changes("target")) {
			if (change.get("type").getAsString().equals("changed")) {
				assertEquals("deadline 2020 -> 2023", field(change, "deadline"), change::toString);
				assertEquals("horizon 2020 -> (none)", field(change, "horizon"), change::toString);
			}
		}
	}

	/** "four strategic goals: Growth, Inclusiveness, Sustainability and Innovation and partnership" (2016-2019). */
	@Test
	void innovationAndPartnershipIsSplitIntoTwoGoals() {
		List<String> goals = changes("goal").stream()
				.filter(change -> !change.get("type").getAsString().equals("changed")).map(ItuPlansDiffTest::codes)
				.toList();

		assertEquals(List.of("split 4 -> 4, 5"), goals);
	}

	private static List<JsonObject> changes(String kind) {
		List<JsonObject> changes = new ArrayList<>();
		for (JsonElement change : diff.getAsJsonArray("changes")) {
			if (change.getAsJsonObject().get("kind").getAsString().equals(kind)) {
				changes.add(change.getAsJsonObject());
			}
		}
		return changes;
	}

	/** "renumbered 2.1.A -> 2.1: value 50 % -> 60 %", the fields a planner reads besides wording and dates. */
	private static String targetChange(JsonObject change) {
		String type = change.get("renumbered").getAsBoolean() ? "renumbered" : change.get("type").getAsString();
		if (!type.equals("changed") && !type.equals("renumbered")) {
			return type + " " + elementCodes(change.getAsJsonArray(type.equals("added") ? "new" : "old"));
		}
		String fields = StreamSupport.stream(change.getAsJsonArray("fields").spliterator(), false)
				.map(JsonElement::getAsJsonObject)
				.filter(field -> !List.of("code", "statement", "deadline", "horizon")
						.contains(field.get("field").getAsString()))
				.map(field -> field.get("field").getAsString() + " " + value(field.get("old")) + " -> "
						+ value(field.get("new")))
				.collect(Collectors.joining("; "));
		return type + " " + elementCodes(change.getAsJsonArray("old")) + " -> "
				+ elementCodes(change.getAsJsonArray("new")) + ": " + fields;
	}

	private static String codes(JsonObject change) {
		return change.get("type").getAsString() + " " + elementCodes(change.getAsJsonArray("old")) + " -> "
				+ elementCodes(change.getAsJsonArray("new"));
	}

	private static String elementCodes(JsonArray elements) {
		return StreamSupport.stream(elements.spliterator(), false)
				.map(element -> element.getAsJsonObject().get("code").getAsString()).collect(Collectors.joining(", "));
	}

	private static String field(JsonObject change, String name) {
		for (JsonElement field : change.getAsJsonArray("fields")) {
			JsonObject value = field.getAsJsonObject();
			if (value.get("field").getAsString().equals(name)) {
				return name + " " + value(value.get("old")) + " -> " + value(value.get("new"));
			}
		}
		return name + " unchanged";
	}

	private static String value(JsonElement value) {
		return value == null || value.isJsonNull() ? "(none)" : value.getAsString();
	}
}
