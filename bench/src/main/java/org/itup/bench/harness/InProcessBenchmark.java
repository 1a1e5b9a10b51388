package org.itup.bench.harness;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.itup.dsl.load.LoadedPlans;
import org.itup.dsl.load.PlanDiagnostic.Severity;
import org.itup.dsl.load.PlanLoader;
import org.itup.generator.GenerationOptions;
import org.itup.generator.GenerationProgress;
import org.itup.generator.PlanGeneration;
import org.itup.generator.PlansRefused;
import org.itup.model.PlanElement;

/**
 * The figures measured inside this JVM on one folder of plans, each after warm-up runs and repeated: the real
 * loader's load, link and validate with its peak heap; the real HTML and SVG writers; and the load of the same
 * model saved as XMI.
 */
final class InProcessBenchmark {

	private final int warmups;

	private final int repetitions;

	InProcessBenchmark(int warmups, int repetitions) {
		this.warmups = warmups;
		this.repetitions = repetitions;
	}

	/** What was measured; times in milliseconds, heap in bytes. */
	record Figures(int files, long elements, long errors, Samples loadMillis, Samples peakHeapBytes, Samples reportMillis,
			Samples xmiMillis) {
	}

	/**
	 * The load and the XMI floor are measured alternately, one of each per run, so both are taken at the same stage
	 * of the JVM's warming up: measured one after the other, the loads ran while the JIT still compiled the parser,
	 * linker and validators, and the XMI loads a minute later, after the reports had warmed the JVM, and the ratio
	 * of the two read 2.7x to 3.8x from run to run for the same build.
	 */
	Figures measure(Path plans, Path scratch) throws IOException {
		LoadedPlans loaded = PlanLoader.standalone().load(List.of(plans)); // also a warm-up of the load
		XmiCopy xmiCopy = XmiCopy.save(loaded.resourceSet(), scratch.resolve("xmi"));
		Samples load = new Samples();
		Samples heap = new Samples();
		Samples xmi = new Samples();
		for (int run = 0; run < warmups + repetitions; run++) {
			loaded = null; // the previous run's plans are garbage before the heap peak is reset
			HeapPeak.reset();
			long start = System.nanoTime();
			loaded = PlanLoader.standalone().load(List.of(plans));
			double millis = (System.nanoTime() - start) / 1e6;
			double xmiMillis = timeXmiLoad(xmiCopy);
			if (run >= warmups) {
				load.add(millis);
				heap.add(HeapPeak.bytes());
				xmi.add(xmiMillis);
			}
		}
		long errors = loaded.count(Severity.ERROR);
		Samples report = measureReport(loaded, scratch.resolve("report"));
		return new Figures(loaded.files().size(), elements(loaded), errors, load, heap, report, xmi);
	}

	/** The report as {@code itup generate --formats html,svg} writes it; the harness's plans are never refused. */
	private static void generateReport(LoadedPlans loaded, Path output) throws IOException {
		try {
			PlanGeneration.run(loaded, GenerationOptions.defaults().formats(List.of("html", "svg")).forced(true), output,
					GenerationProgress.SILENT);
		} catch (PlansRefused e) {
			throw new IllegalStateException("a forced run was refused: " + e.getMessage(), e);
		}
	}

	private Samples measureReport(LoadedPlans loaded, Path folder) throws IOException {
		Samples samples = new Samples();
		for (int run = 0; run < warmups + repetitions; run++) {
			Path output = folder.resolve("run-" + run);
			long start = System.nanoTime();
			generateReport(loaded, output);
			if (run >= warmups) {
				samples.add((System.nanoTime() - start) / 1e6);
			}
			if (!containsHtml(output)) {
				throw new IllegalStateException("the report generator wrote no HTML into " + output);
			}
		}
		return samples;
	}

	/** Coded elements (goals, targets, sectors, bureaux, objectives, outcomes, outputs, enablers, risks, values). */
	private static long elements(LoadedPlans loaded) {
		long count = 0;
		for (var all = loaded.resourceSet().getAllContents(); all.hasNext();) {
			if (all.next() instanceof PlanElement) {
				count++;
			}
		}
		return count;
	}

	private static boolean containsHtml(Path folder) throws IOException {
		try (var files = Files.walk(folder)) {
			return files.anyMatch(file -> file.toString().endsWith(".html"));
		}
	}

	private static double timeXmiLoad(XmiCopy copy) {
		System.gc();
		long start = System.nanoTime();
		ResourceSet read = copy.load();
		double millis = (System.nanoTime() - start) / 1e6;
		// a floor that skipped references would flatter the ratio: every reference must have resolved
		if (!EcoreUtil.ProxyCrossReferencer.find(read).isEmpty()) {
			throw new IllegalStateException("the XMI copy left references unresolved");
		}
		return millis;
	}
}
