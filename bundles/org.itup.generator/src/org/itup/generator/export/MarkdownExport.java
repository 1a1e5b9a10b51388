package org.itup.generator.export;

import java.io.IOException;

import org.itup.analysis.StrategicPlan;
import org.itup.generator.FileNames;
import org.itup.generator.GenerationRequest;
import org.itup.generator.OutputFolder;
import org.itup.generator.PlanArtifactWriter;
import org.itup.generator.RunMonitoring;

/** Format {@code md}: one Markdown page per plan, for wikis and pull requests ({@code markdown/<plan>.md}). */
public final class MarkdownExport implements PlanArtifactWriter {

	@Override
	public String format() {
		return "md";
	}

	@Override
	public boolean showsStatuses() {
		return true;
	}

	@Override
	public void write(GenerationRequest request, OutputFolder output) throws IOException {
		for (StrategicPlan plan : request.plans()) {
			output.write("markdown/" + FileNames.segment(plan.name()) + ".md", new MarkdownPlan(RunMonitoring.of(request, plan)).render());
		}
	}
}
