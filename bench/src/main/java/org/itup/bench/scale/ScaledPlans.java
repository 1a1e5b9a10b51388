package org.itup.bench.scale;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.itup.model.Sector;

/**
 * Writes {@code factor} times the ITU example as realistic plan files: one plan per organisation and period, each a
 * main file and one file per sector (sectors refer to the main file's goals), later plans importing the plan of the
 * period before, and operational plans for some sectors. Same factor and seed, same bytes.
 */
public final class ScaledPlans {

	private final ExamplePlan example;

	private ScaledPlans(ExamplePlan example) {
		this.example = example;
	}

	/** What was written: the plans and every file, in writing order. */
	public record Written(List<ScaledPlan> plans, List<Path> files) {
	}

	public static Written write(int factor, long seed, Path folder) throws IOException {
		if (factor < 1) {
			throw new IllegalArgumentException("the factor must be at least 1, not " + factor);
		}
		ScaledPlans writer = new ScaledPlans(ExamplePlan.load());
		List<ScaledPlan> plans = PlanSet.of(factor, new Random(seed));
		List<Path> files = new ArrayList<>();
		for (int i = 0; i < plans.size(); i++) {
			Random random = new Random(seed * 1_000_003L + i);
			files.addAll(writer.writePlan(plans.get(i), random, folder.resolve(plans.get(i).folder())));
		}
		return new Written(plans, List.copyOf(files));
	}

	private List<Path> writePlan(ScaledPlan plan, Random random, Path folder) throws IOException {
		List<Path> files = new ArrayList<>();
		for (Map.Entry<String, String> file : example.texts.entrySet()) {
			String text = PlanImports.add(PlanTextCopy.copy(file.getValue(), plan, random), file.getKey(), plan);
			files.add(write(folder.resolve(PlanTextCopy.fileName(file.getKey(), plan)), text));
		}
		// operational plans for about two sectors in five; the General Secretariat has enablers only, so none
		int year = plan.startYear() + 1;
		for (Sector sector : example.plan.sectors()) {
			if (!sector.getObjectives().isEmpty() && random.nextInt(5) < 2) {
				String text = new OperationalPlanText(plan, random).write(sector, year);
				String name = OperationalPlanText.sectorCode(plan, sector).toLowerCase(Locale.ROOT) + "-" + year;
				files.add(write(folder.resolve("operational").resolve(name + ".itup"), text));
			}
		}
		return files;
	}

	private static Path write(Path file, String text) throws IOException {
		Files.createDirectories(file.getParent());
		return Files.write(file, text.getBytes(StandardCharsets.UTF_8));
	}
}
