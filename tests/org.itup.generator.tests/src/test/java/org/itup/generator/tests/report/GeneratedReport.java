package org.itup.generator.tests.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.itup.dsl.load.LoadedPlans;
import org.itup.dsl.load.PlanLoader;
import org.itup.generator.GenerationOptions;
import org.itup.generator.GenerationRequest;
import org.itup.generator.OutputFolder;
import org.itup.generator.html.HtmlReportWriter;
import org.itup.generator.svg.SvgDiagramWriter;
import org.itup.generator.tests.Generation;

/** Writes the HTML report and the SVG diagrams of some plan files into a folder, as {@code itup generate} does. */
final class GeneratedReport {

	private GeneratedReport() {
	}

	static Path write(Path plans, Path folder) throws IOException {
		return write(plans, folder, GenerationOptions.defaults());
	}

	static Path write(Path plans, Path folder, GenerationOptions options) throws IOException {
		LoadedPlans loaded = PlanLoader.standalone().load(List.of(plans));
		assertEquals(0, loaded.count(org.itup.dsl.load.PlanDiagnostic.Severity.ERROR),
				() -> "the plan must load without errors: " + loaded.diagnostics());
		GenerationRequest request = GenerationRequest.of(loaded, options);
		OutputFolder output = new OutputFolder(folder);
		new HtmlReportWriter().write(request, output);
		new SvgDiagramWriter().write(request, output);
		return output.root();
	}

	/**
	 * The report and diagrams as {@code itup generate PLANS -o FOLDER --formats html,svg} writes them, through the
	 * generator's entry point: the folder's lock, the staged all-or-nothing write and the refusal of invalid plans
	 * included, which {@link #write} leaves out.
	 */
	static Path generate(Path plans, Path folder) throws IOException {
		Generation.run(plans, folder, Generation.formats("html", "svg"));
		return folder;
	}

	/** Every file under a folder, as '/'-separated relative names in sorted order. */
	static List<String> files(Path folder) throws IOException {
		try (Stream<Path> walk = Files.walk(folder)) {
			return walk.filter(Files::isRegularFile)
					.map(file -> folder.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/"))
					.sorted().toList();
		}
	}

	static Path resource(String name) {
		return TestFolders.resources().resolve(name);
	}
}
