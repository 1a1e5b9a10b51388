package org.itup.generator.svg;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.itup.analysis.StrategicPlan;
import org.itup.analysis.chain.ResultsChain;

/** Every diagram of one plan, laid out once and shared by the SVG files and the HTML report. */
public record PlanDiagrams(ResultsChain chain, SectorPalette palette, List<LaidOutDiagram> diagrams) {

	private static final int RECENT_PLANS = 8;

	/**
	 * The HTML and SVG writers of one run both need the layouts, which are the costly part, so the last few plans
	 * laid out are kept. Plans are compared by identity (a new load is a new plan), and the bound keeps a
	 * long-running process from holding on to old models.
	 */
	private static final Map<StrategicPlan, PlanDiagrams> LAID_OUT = new LinkedHashMap<>() {
		private static final long serialVersionUID = 1L;

		@Override
		protected boolean removeEldestEntry(Map.Entry<StrategicPlan, PlanDiagrams> eldest) {
			return size() > RECENT_PLANS;
		}
	};

	public static PlanDiagrams of(StrategicPlan plan) {
		synchronized (LAID_OUT) {
			return LAID_OUT.computeIfAbsent(plan, PlanDiagrams::layOut);
		}
	}

	private static PlanDiagrams layOut(StrategicPlan plan) {
		ResultsChain chain = ResultsChain.of(plan);
		List<LaidOutDiagram> diagrams = DiagramScopes.of(chain).stream().map(ChainLayout::layout).toList();
		return new PlanDiagrams(chain, new SectorPalette(plan.sectors()), diagrams);
	}

	public String render(LaidOutDiagram diagram, boolean embedded) {
		return new SvgRenderer(chain, palette, embedded).render(diagram);
	}

	/** Where a plan's files go: the output folder itself for a single plan, a folder per plan otherwise. */
	public static String folderOf(StrategicPlan plan, int planCount) {
		return planCount == 1 ? "" : ElementText.fileName(plan.name()) + "/";
	}

	public static String fileOf(LaidOutDiagram diagram) {
		return "diagrams/" + diagram.scope().id() + ".svg";
	}
}
