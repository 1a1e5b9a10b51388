package org.itup.generator.tests.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.itup.dsl.load.LoadedPlans;
import org.itup.dsl.load.PlanDiagnostic.Severity;
import org.itup.dsl.load.PlanLoader;
import org.itup.generator.EachPlan;
import org.itup.generator.GenerationOptions;
import org.itup.generator.GenerationRequest;
import org.itup.generator.OutputFolder;
import org.itup.generator.PlanArtifactWriter;
import org.itup.generator.PlanArtifactWriters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reports of several plans are made on a pool of threads that share one loaded model, which is safe only as long
 * as generating never changes the model. Copies of the ITU example, as plans of their own, are generated in every
 * format on four threads, twice, and then one plan after another: nothing in the model changes meanwhile, and the
 * parallel runs write the same files with the same bytes as the serial one.
 */
class ParallelGenerationTest {

	private static final int PLANS = 4;
	private static final int PARALLEL_RUNS = 2;
	private static final String EXAMPLE_PLAN = "itu2020";

	@TempDir
	Path folder;

	@Test
	void plansMadeOnSeveralThreadsChangeNothingAndMatchASerialRun() throws IOException {
		LoadedPlans loaded = PlanLoader.standalone().load(copiesOfTheExample());
		assertEquals(0, loaded.count(Severity.ERROR), () -> "the copies must load without errors: " + loaded.diagnostics());
		assertEquals(PLANS, GenerationRequest.of(loaded, GenerationOptions.defaults()).plans().size(), "each copy is a plan of its own");
		ModelChanges changes = ModelChanges.watch(loaded.resourceSet());

		// parallel first, while whatever the model computes on first use is still to be computed
		List<Map<String, byte[]>> parallel = new ArrayList<>();
		for (int run = 1; run <= PARALLEL_RUNS; run++) {
			parallel.add(generate(loaded, new EachPlan(4), folder.resolve("parallel-" + run)));
		}
		Map<String, byte[]> serial = generate(loaded, new EachPlan(1), folder.resolve("serial"));

		assertEquals(List.of(), changes.seen(), "generating changed the loaded model");
		touchTheLastElement(loaded);
		assertEquals(1, changes.seen().size(), "the watcher sees a change deep in the model: " + changes.seen());
		for (Map<String, byte[]> run : parallel) {
			assertEquals(serial.keySet(), run.keySet(), "the parallel run wrote other files");
			serial.forEach((name, bytes) -> assertArrayEquals(bytes, run.get(name), () -> name + " differs"));
		}
	}

	/** Sets an attribute of the last element of the last file to its own value, which EMF reports as a change. */
	private static void touchTheLastElement(LoadedPlans loaded) {
		EObject last = null;
		for (Iterator<Notifier> all = loaded.resourceSet().getAllContents(); all.hasNext();) {
			if (all.next() instanceof EObject element && !changeable(element).isEmpty()) {
				last = element;
			}
		}
		assertNotNull(last, "the model has no element with an attribute");
		EAttribute attribute = changeable(last).get(0);
		last.eSet(attribute, last.eGet(attribute));
	}

	private static List<EAttribute> changeable(EObject element) {
		return element.eClass().getEAllAttributes().stream().filter(a -> a.isChangeable() && !a.isMany()).toList();
	}

	/** Every format, as {@code itup generate} writes them; the files by name with their bytes. */
	private static Map<String, byte[]> generate(LoadedPlans loaded, EachPlan eachPlan, Path into) throws IOException {
		GenerationRequest request = GenerationRequest.of(loaded, GenerationOptions.defaults(), eachPlan);
		OutputFolder output = new OutputFolder(into);
		for (PlanArtifactWriter writer : PlanArtifactWriters.all()) {
			writer.write(request, output);
		}
		Map<String, byte[]> files = new LinkedHashMap<>();
		for (String name : GeneratedReport.files(output.root())) {
			files.put(name, Files.readAllBytes(output.root().resolve(name)));
		}
		return files;
	}

	/** The example's files, each copy in a folder of its own under a plan name of its own. */
	private List<Path> copiesOfTheExample() throws IOException {
		List<Path> copies = new ArrayList<>();
		for (int copy = 1; copy <= PLANS; copy++) {
			Path copyFolder = Files.createDirectories(folder.resolve("plans/copy" + copy));
			try (var files = Files.list(TestFolders.ituExample())) {
				for (Path file : files.filter(file -> file.toString().endsWith(".itup")).toList()) {
					String text = Files.readString(file, StandardCharsets.UTF_8);
					Files.writeString(copyFolder.resolve(file.getFileName()),
							text.replace(EXAMPLE_PLAN, EXAMPLE_PLAN + "c" + copy), StandardCharsets.UTF_8);
				}
			}
			copies.add(copyFolder);
		}
		return copies;
	}
}
