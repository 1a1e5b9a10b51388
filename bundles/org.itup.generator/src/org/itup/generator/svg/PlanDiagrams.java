package org.itup.generator.svg;

import java.util.List;

import org.itup.analysis.StrategicPlan;
import org.itup.analysis.chain.ResultsChain;
import org.itup.analysis.vocabulary.PlanVocabulary;
import org.itup.generator.GenerationRequest;

/** Every diagram of one plan, laid out once and shared by the SVG files and the HTML report. */
public record PlanDiagrams(ResultsChain chain, SectorPalette palette, List<LaidOutDiagram> diagrams,
		PlanVocabulary words) {

	/** The diagrams of a plan, laid out once per run: the HTML and SVG writers both draw them. */
	public static PlanDiagrams of(GenerationRequest request, StrategicPlan plan) {
		return request.memo().get(plan, PlanDiagrams.class, PlanDiagrams::layOut);
	}

	private static PlanDiagrams layOut(StrategicPlan plan) {
		ResultsChain chain = ResultsChain.of(plan);
		List<LaidOutDiagram> diagrams = DiagramScopes.of(chain).stream().map(ChainLayout::layout).toList();
		return new PlanDiagrams(chain, new SectorPalette(plan.sectors()), diagrams, plan.vocabulary());
	}

	public SvgRenderer renderer(boolean embedded) {
		return new SvgRenderer(chain, palette, words, embedded);
	}

	public String render(LaidOutDiagram diagram, boolean embedded) {
		return renderer(embedded).render(diagram);
	}

	/** Where a plan's files go: the output folder itself for a single plan, a folder per plan otherwise. */
	public static String folderOf(StrategicPlan plan, int planCount) {
		return planCount == 1 ? "" : ElementText.fileName(plan.name()) + "/";
	}

	public static String fileOf(LaidOutDiagram diagram) {
		return "diagrams/" + diagram.scope().id() + ".svg";
	}
}
