package org.itup.generator.svg;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.itup.analysis.StrategicPlan;
import org.itup.generator.GenerationRequest;
import org.itup.generator.OutputFolder;
import org.itup.generator.PlanArtifactWriter;

/**
 * Format {@code svg}: the results-chain diagrams of each plan as standalone SVG files, {@code diagrams/overall.svg},
 * {@code diagrams/goal-<code>.svg} and {@code diagrams/sector-<code>.svg}; their nodes link to the HTML report
 * beside them.
 */
public final class SvgDiagramWriter implements PlanArtifactWriter {

	private static final String PROLOG = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

	@Override
	public String format() {
		return "svg";
	}

	@Override
	public void write(GenerationRequest request, OutputFolder output) throws IOException {
		request.eachPlan().generate(request.plans(), plan -> drawn(request, plan), (plan, files) -> {
			String folder = PlanDiagrams.folderOf(plan, request.plans().size());
			for (Map.Entry<String, String> file : files.entrySet()) {
				output.write(folder + file.getKey(), file.getValue());
			}
		});
	}

	/**
	 * Each diagram's file name and content, in the order of the diagrams. Two diagrams with one file name (sectors
	 * {@code ^A} and {@code _A}) are refused here, where a map would otherwise keep only the second.
	 */
	private static Map<String, String> drawn(GenerationRequest request, StrategicPlan plan) throws IOException {
		PlanDiagrams diagrams = PlanDiagrams.of(request, plan);
		String folder = PlanDiagrams.folderOf(plan, request.plans().size());
		Map<String, String> files = new LinkedHashMap<>();
		for (LaidOutDiagram diagram : diagrams.diagrams()) {
			String file = PlanDiagrams.fileOf(diagram);
			if (files.put(file, PROLOG + diagrams.render(diagram, false)) != null) {
				throw OutputFolder.collision(folder + file);
			}
		}
		return files;
	}
}
