package org.itup.generator.svg;

import java.io.IOException;

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
		for (StrategicPlan plan : request.plans()) {
			PlanDiagrams diagrams = PlanDiagrams.of(request, plan);
			String folder = PlanDiagrams.folderOf(plan, request.plans().size());
			for (LaidOutDiagram diagram : diagrams.diagrams()) {
				output.write(folder + PlanDiagrams.fileOf(diagram), PROLOG + diagrams.render(diagram, false));
			}
		}
	}
}
