package org.itup.generator.html;

import java.io.IOException;

import org.itup.analysis.reference.SdgTitles;
import org.itup.generator.GenerationRequest;
import org.itup.generator.OutputFolder;
import org.itup.generator.PlanArtifactWriter;
import org.itup.generator.svg.PlanDiagrams;

/**
 * Format {@code html}: one self-contained report per plan, {@code index.html} (in a folder per plan when several
 * plans are generated at once), showing the official SDG titles of
 * {@link org.itup.generator.GenerationOptions#sdgTitles} beside the codes.
 */
public final class HtmlReportWriter implements PlanArtifactWriter {

	@Override
	public String format() {
		return "html";
	}

	@Override
	public void write(GenerationRequest request, OutputFolder output) throws IOException {
		SectorAnchors.refuseCollisions(request.plans());
		SdgTitles titles = request.options().sdgTitles();
		request.eachPlan().generate(request.plans(),
				plan -> ReportPage.render(new ReportContext(plan, PlanDiagrams.of(request, plan), request.loaded(), titles)),
				(plan, page) -> output.write(PlanDiagrams.folderOf(plan, request.plans().size()) + "index.html", page));
	}
}
