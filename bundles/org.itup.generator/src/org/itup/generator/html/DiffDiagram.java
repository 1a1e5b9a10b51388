package org.itup.generator.html;

import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.itup.analysis.StrategicPlan;
import org.itup.analysis.chain.ResultsChain;
import org.itup.analysis.diff.ChangeType;
import org.itup.analysis.diff.ElementChange;
import org.itup.analysis.diff.ElementKind;
import org.itup.analysis.diff.PlanDiff;
import org.itup.generator.svg.ChainLayout;
import org.itup.generator.svg.ChangeMark;
import org.itup.generator.svg.DiagramScopes;
import org.itup.generator.svg.NodeDecoration;
import org.itup.generator.svg.SectorPalette;
import org.itup.generator.svg.SvgRenderer;
import org.itup.model.PlanElement;

/**
 * The new plan's results chain at the strategic level (goals, targets, objectives, enablers) with the outcomes and
 * outputs that changed, laid out and drawn as the report draws its diagrams, each changed element marked
 * ({@link ChangeMark}) and leading to its change on the page (an objective whose links to goals changed, to the
 * linkage matrix). Removed elements have no place in the new plan's
 * chain: the page lists them under the diagram.
 */
final class DiffDiagram implements NodeDecoration {

	private final DiffAnchors anchors;
	/** Objectives whose links to goals changed: their change is a cell of the linkage matrix. */
	private final Set<String> relinkedObjectives;

	private DiffDiagram(DiffAnchors anchors, Set<String> relinkedObjectives) {
		this.anchors = anchors;
		this.relinkedObjectives = relinkedObjectives;
	}

	static String render(PlanDiff diff, StrategicPlan plan, DiffAnchors anchors) {
		Set<String> relinked = new HashSet<>();
		diff.linkage().changes().forEach(cell -> relinked.add(cell.objective()));
		DiffDiagram decoration = new DiffDiagram(anchors, relinked);
		ResultsChain chain = ResultsChain.of(plan);
		Set<PlanElement> changedResults = new LinkedHashSet<>();
		chain.elements().stream().filter(element -> isResult(element) && decoration.mark(element).isPresent())
				.forEach(changedResults::add);
		return SvgRenderer.decorated(chain, new SectorPalette(plan.sectors()), plan.vocabulary(), decoration)
				.render(ChainLayout.layout(DiagramScopes.strategicWith(chain, changedResults, "changes",
						"Results chain of " + plan.name() + " with its changes marked")));
	}

	private static boolean isResult(PlanElement element) {
		ElementKind kind = kindOf(element);
		return kind == ElementKind.OUTCOME || kind == ElementKind.OUTPUT;
	}

	@Override
	public Optional<ChangeMark> mark(PlanElement element) {
		ElementChange change = anchors.changeOfNew(kindOf(element), element.getName());
		if (change == null) {
			return isRelinked(element) ? Optional.of(ChangeMark.CHANGED) : Optional.empty();
		}
		if (change.type() == ChangeType.ADDED) {
			return Optional.of(ChangeMark.ADDED);
		}
		return Optional.of(change.moved() ? ChangeMark.MOVED : ChangeMark.CHANGED);
	}

	@Override
	public String href(PlanElement element) {
		String id = anchors.idOfNew(kindOf(element), element.getName());
		if (id == null) {
			return isRelinked(element) ? "#linkage" : null;
		}
		return "#" + id;
	}

	private boolean isRelinked(PlanElement element) {
		return kindOf(element) == ElementKind.OBJECTIVE && relinkedObjectives.contains(element.getName());
	}

	@Override
	public List<ChangeMark> marksInLegend() {
		return Arrays.asList(ChangeMark.values());
	}

	/** The comparison's kind of a chain element: both name their kinds by the plan language's words. */
	private static ElementKind kindOf(PlanElement element) {
		String label = org.itup.analysis.chain.ElementKind.of(element).label();
		return Arrays.stream(ElementKind.values()).filter(kind -> kind.label().equals(label)).findFirst()
				.orElseThrow();
	}
}
