package org.itup.bench.scale;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScaledPlansDeterminismTest {

	@TempDir
	Path folder;

	@Test
	void sameFactorAndSeedWriteTheSameBytes() throws IOException {
		ScaledPlans.Written first = ScaledPlans.write(5, 71, folder.resolve("first"));
		ScaledPlans.Written second = ScaledPlans.write(5, 71, folder.resolve("second"));
		List<Path> firstFiles = relative(first, folder.resolve("first"));
		assertEquals(firstFiles, relative(second, folder.resolve("second")));
		for (Path file : firstFiles) {
			assertArrayEquals(Files.readAllBytes(folder.resolve("first").resolve(file)),
					Files.readAllBytes(folder.resolve("second").resolve(file)), file.toString());
		}
	}

	/** Not only the organisation's name changes with the seed: the wording of the plan does too. */
	@Test
	void anotherSeedWordsThePlanDifferently() throws IOException {
		ScaledPlans.Written first = ScaledPlans.write(1, 71, folder.resolve("first"));
		ScaledPlans.Written second = ScaledPlans.write(1, 72, folder.resolve("second"));
		String firstText = mainFileWithoutNames(first);
		String secondText = mainFileWithoutNames(second);
		assertEquals(firstText.lines().count(), secondText.lines().count());
		assertNotEquals(firstText, secondText);
	}

	private static String mainFileWithoutNames(ScaledPlans.Written written) throws IOException {
		ScaledPlan plan = written.plans().get(0);
		Path main = written.files().stream().filter(file -> file.getFileName().toString().equals("plan.itup"))
				.findFirst().orElseThrow();
		return Files.readString(main).replace(plan.name(), "plan").replace(plan.organisation(), "ORG");
	}

	private static List<Path> relative(ScaledPlans.Written written, Path root) {
		return written.files().stream().map(root::relativize).toList();
	}
}
