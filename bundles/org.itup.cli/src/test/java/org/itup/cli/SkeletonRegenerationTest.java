package org.itup.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.itup.dsl.load.LoadedPlans;
import org.itup.dsl.load.PlanLoader;
import org.itup.generator.GenerationRequest;
import org.itup.generator.OutputFolder;
import org.itup.generator.skeleton.ProtectedRegions;
import org.itup.generator.skeleton.SkeletonWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A hundred rounds of a person editing protected regions at random (inserting, deleting, replacing text of any
 * kind) and the skeleton being regenerated after each: every region keeps every byte written.
 */
class SkeletonRegenerationTest {

	private static final String ALPHABET = "abc XYZ 019 \"'\\,;|<>&{}/\t\n\r\nعربي中文€";

	@TempDir
	Path temp;

	@Test
	void randomEditsInsideRegionsSurviveRegeneration() throws IOException {
		SkeletonTest.writePlan(temp.resolve("plans"), "S.1-1", "S.1-2", "S.1-3");
		LoadedPlans loaded = PlanLoader.standalone().load(List.of(temp.resolve("plans")));
		GenerationRequest request = GenerationRequest.of(loaded, Map.of());
		OutputFolder output = new OutputFolder(temp.resolve("out"));
		Path skeleton = temp.resolve("out/operational/p/S-2024.itup");
		new SkeletonWriter().write(request, output);
		Map<String, String> expected = new LinkedHashMap<>(ProtectedRegions.read(Files.readString(skeleton), "s"));
		List<String> keys = List.copyOf(expected.keySet());
		Random random = new Random(20241130L);

		for (int round = 0; round < 100; round++) {
			String key = keys.get(random.nextInt(keys.size()));
			String edited = edit(expected.get(key), random);
			expected.put(key, edited);
			Files.writeString(skeleton, new SkeletonRegions(Files.readString(skeleton)).withContent(key, edited));

			new SkeletonWriter().write(request, output);

			int finished = round;
			assertEquals(expected, ProtectedRegions.read(Files.readString(skeleton), "s"), () -> "round " + finished);
		}
	}

	/** Inserts, deletes or replaces a random stretch; the content keeps ending in a line break, as a region does. */
	private static String edit(String content, Random random) {
		int from = random.nextInt(content.length() + 1);
		int to = from + random.nextInt(content.length() - from + 1);
		String text = randomText(random);
		String edited = switch (random.nextInt(3)) {
		case 0 -> content.substring(0, from) + text + content.substring(from);
		case 1 -> content.substring(0, from) + content.substring(to);
		default -> content.substring(0, from) + text + content.substring(to);
		};
		return edited.isEmpty() || edited.endsWith("\n") ? edited : edited + "\n";
	}

	private static String randomText(Random random) {
		StringBuilder text = new StringBuilder();
		int length = 1 + random.nextInt(40);
		for (int i = 0; i < length; i++) {
			text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return text.toString();
	}
}
