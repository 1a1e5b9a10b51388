package org.itup.generator.html;

import java.util.List;

import org.itup.analysis.StrategicPlan;
import org.itup.analysis.chain.ResultsChain;
import org.itup.analysis.reference.SdgTitles;
import org.itup.analysis.vocabulary.PlanVocabulary;
import org.itup.dsl.load.LoadedPlans;
import org.itup.generator.svg.LaidOutDiagram;
import org.itup.generator.svg.PlanDiagrams;
import org.itup.model.PlanElement;

/** What every section of one plan's report reads from: the plan, its chain and diagrams, the run's inputs. */
record ReportContext(StrategicPlan plan, PlanDiagrams diagrams, LoadedPlans loaded, SdgTitles sdgTitles) {

	/** What the plan calls its levels, for every heading, column and sentence that names one. */
	PlanVocabulary words() {
		return diagrams.words();
	}

	ResultsChain chain() {
		return diagrams.chain();
	}

	/** The diagram with the given id ({@code overall}, {@code goal-1}, {@code sector-ITU-R}). */
	LaidOutDiagram diagram(String id) {
		return diagrams.diagrams().stream().filter(diagram -> diagram.scope().id().equals(id)).findFirst()
				.orElseThrow();
	}

	String svg(String id) {
		return diagrams.render(diagram(id), true);
	}

	static String codes(List<? extends PlanElement> elements) {
		return String.join(", ", elements.stream().map(PlanElement::getName).toList());
	}
}
