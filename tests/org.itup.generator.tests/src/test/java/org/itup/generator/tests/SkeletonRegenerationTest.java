package org.itup.generator.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.itup.test.support.SkeletonPlan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A hundred rounds of a person editing protected regions at random and of the strategic plan changing (outputs
 * added, renamed, dropped and brought back; titles that read like region markers), each followed by regenerating
 * the skeleton as {@code itup generate --formats skeleton} does. The test keeps its own copy of every region's bytes
 * and finds them in the file with its own reading of the markers: every byte written survives, in a region of the
 * right name.
 */
class SkeletonRegenerationTest {

	private static final Pattern REGION_KEY = Pattern.compile("(?m)^[ \\t]*// BEGIN PROTECTED REGION (.*)\n");

	@TempDir
	Path temp;

	private final Random random = new Random(20241130L);
	private final TreeSet<Integer> outputs = new TreeSet<>(List.of(1, 2, 3));
	private final Map<String, String> expected = new LinkedHashMap<>();
	private String objectiveTitle = "First";

	@Test
	void randomEditsInsideRegionsSurviveRegenerationAndPlanChanges() throws IOException {
		regenerate(0);
		int planChanges = 0;
		for (int round = 1; round <= 100; round++) {
			if (random.nextInt(3) == 0) {
				changePlan();
				planChanges++;
			} else {
				editARegion();
			}
			regenerate(round);
		}
		assertTrue(planChanges >= 20, "the plan changed in " + planChanges + " rounds");
		assertTrue(expected.size() > 6, "outputs came and went: " + expected.keySet());
	}

	private void editARegion() throws IOException {
		List<String> keys = List.copyOf(expected.keySet());
		String key = keys.get(random.nextInt(keys.size()));
		String edited = RegionEdits.edit(expected.get(key), random);
		expected.put(key, edited);
		Path skeleton = skeleton();
		Files.writeString(skeleton, new SkeletonRegions(Files.readString(skeleton)).withContent(key, edited));
	}

	/** Adds an output, drops one, renames one (dropped under its old code, added under a new), or retitles. */
	private void changePlan() {
		int change = random.nextInt(4);
		if (change == 0 || outputs.size() < 2) {
			outputs.add(1 + random.nextInt(12));
		} else if (change == 1) {
			outputs.remove(List.copyOf(outputs).get(random.nextInt(outputs.size())));
		} else if (change == 2) {
			outputs.remove(List.copyOf(outputs).get(random.nextInt(outputs.size())));
			outputs.add(1 + random.nextInt(12));
		} else {
			objectiveTitle = RegionEdits.markerLookalike(random);
		}
	}

	private void regenerate(int round) throws IOException {
		SkeletonPlan.write(temp.resolve("plans"), objectiveTitle, outputCodes());
		SkeletonTest.generate(temp.resolve("plans"), temp.resolve("out"));
		byte[] bytes = Files.readAllBytes(skeleton());
		String text = new String(bytes, StandardCharsets.UTF_8);
		assertArrayEquals(bytes, text.getBytes(StandardCharsets.UTF_8), "round " + round + ": not UTF-8");
		SkeletonRegions regions = new SkeletonRegions(text);
		for (Map.Entry<String, String> region : expected.entrySet()) {
			assertEquals(region.getValue(), regions.contentOf(region.getKey()),
					() -> "round " + round + ": region '" + region.getKey() + "' changed");
		}
		for (String key : keys(text)) {
			expected.putIfAbsent(key, regions.contentOf(key));
		}
		List<String> active = new ArrayList<>(List.of("plan"));
		outputCodes().forEach(code -> active.add("output " + code));
		assertTrue(keys(text).containsAll(active), () -> "round " + round + ": a region is missing:\n" + text);
		assertEquals(new TreeSet<>(expected.keySet()), new TreeSet<>(keys(text)),
				() -> "round " + round + ": every region ever written is in the file, retired or not");
	}

	private List<String> outputCodes() {
		return outputs.stream().map(n -> "S.1-" + n).toList();
	}

	private Path skeleton() {
		return temp.resolve("out/operational/p/S-2024.itup");
	}

	private static List<String> keys(String text) {
		List<String> keys = new ArrayList<>();
		Matcher key = REGION_KEY.matcher(text);
		while (key.find()) {
			keys.add(key.group(1));
		}
		return keys;
	}
}
