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

	/** Statuses are judged with the plan folder's monitoring settings: a wrong one is refused before any write. */
	@Override
	public void check(GenerationRequest request) {
		RunMonitoring.checkSettings(request);
	}

	@Override
	public void write(GenerationRequest request, OutputFolder output) throws IOException {
		for (StrategicPlan plan : request.plans()) {
			output.write("markdown/" + FileNames.segment(plan.name()) + ".md", new MarkdownPlan(RunMonitoring.of(request, plan)).render());
		}
	}
}
