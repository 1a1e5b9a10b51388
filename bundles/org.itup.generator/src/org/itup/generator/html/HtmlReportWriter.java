package org.itup.generator.html;

import java.io.IOException;
import java.util.Optional;

import org.itup.analysis.StrategicPlan;
import org.itup.analysis.monitoring.Period;
import org.itup.analysis.monitoring.PlanMonitoring;
import org.itup.analysis.reference.SdgTitles;
import org.itup.generator.GenerationRequest;
import org.itup.generator.OutputFolder;
import org.itup.generator.PlanArtifactWriter;
import org.itup.generator.RunMonitoring;
import org.itup.generator.progress.LevelWords;
import org.itup.generator.progress.ProgressContext;
import org.itup.generator.progress.ProgressPage;
import org.itup.generator.svg.PlanDiagrams;

/**
 * Format {@code html}: one self-contained report per plan, {@code index.html} (in a folder per plan when several
 * plans are generated at once), showing the official SDG titles of
 * {@link org.itup.generator.GenerationOptions#sdgTitles} beside the codes. With a
 * {@link org.itup.generator.GenerationOptions#period}, the plan's annual progress report for that period is written
 * beside its report ({@link ProgressPage#fileName}).
 */
public final class HtmlReportWriter implements PlanArtifactWriter {

	@Override
	public String format() {
		return "html";
	}

	/** A plan's report and, when a period is asked for, its progress report. */
	private record Pages(String report, Optional<String> progress) {
	}

	/** The report's figures and the progress report. */
	@Override
	public boolean showsStatuses() {
		return true;
	}

	@Override
	public void write(GenerationRequest request, OutputFolder output) throws IOException {
		SectorAnchors.refuseCollisions(request.plans());
		SdgTitles titles = request.options().sdgTitles();
		Optional<Period> period = request.options().period();
		request.eachPlan().generate(request.plans(),
				plan -> new Pages(
						ReportPage.render(new ReportContext(plan, PlanDiagrams.of(request, plan), request.loaded(), titles)),
						period.map(p -> progress(request, plan, p))),
				(plan, pages) -> {
					String folder = PlanDiagrams.folderOf(plan, request.plans().size());
					output.write(folder + "index.html", pages.report());
					if (pages.progress().isPresent()) {
						output.write(folder + ProgressPage.fileName(period.get()), pages.progress().get());
					}
				});
	}

	private static String progress(GenerationRequest request, StrategicPlan plan, Period period) {
		// the run's monitoring is judged as of the run's period, so this is the progress the exports show too
		PlanMonitoring monitoring = RunMonitoring.of(request, plan);
		return ProgressPage.render(new ProgressContext(plan, monitoring.progress().orElseThrow(),
				RunMonitoring.settings(request, plan), request.loaded(), LevelWords.of(plan.vocabulary())));
	}
}
