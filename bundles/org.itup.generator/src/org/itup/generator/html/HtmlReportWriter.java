package org.itup.generator.html;

import java.io.IOException;
import java.nio.file.Path;

import org.itup.analysis.reference.SdgTitles;
import org.itup.generator.GenerationOptionException;
import org.itup.generator.GenerationRequest;
import org.itup.generator.OutputFolder;
import org.itup.generator.PlanArtifactWriter;
import org.itup.generator.svg.PlanDiagrams;

/**
 * Format {@code html}: one self-contained report per plan, {@code index.html} (in a folder per plan when several
 * plans are generated at once). Option {@code sdgTitles} names a folder of official SDG titles to show beside the
 * codes.
 */
public final class HtmlReportWriter implements PlanArtifactWriter {

	/** The option naming a folder of SDG title files (see {@link SdgTitles#read}). */
	public static final String SDG_TITLES = "sdgTitles";

	@Override
	public String format() {
		return "html";
	}

	@Override
	public void write(GenerationRequest request, OutputFolder output) throws IOException {
		SectorAnchors.refuseCollisions(request.plans());
		String folder = request.options().get(SDG_TITLES);
		SdgTitles titles = folder == null ? SdgTitles.none() : sdgTitles(Path.of(folder));
		request.eachPlan().generate(request.plans(),
				plan -> ReportPage.render(new ReportContext(plan, PlanDiagrams.of(request, plan), request.loaded(), titles)),
				(plan, page) -> output.write(PlanDiagrams.folderOf(plan, request.plans().size()) + "index.html", page));
	}

	/** A titles folder the user named that cannot be read is their mistake to mend, not a failure of itup. */
	private static SdgTitles sdgTitles(Path folder) {
		try {
			return SdgTitles.read(folder);
		} catch (SdgTitles.UnreadableTitles e) {
			throw new GenerationOptionException(e.getMessage());
		}
	}
}
