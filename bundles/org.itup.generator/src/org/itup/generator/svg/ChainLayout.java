package org.itup.generator.svg;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.LayeringStrategy;
import org.eclipse.elk.alg.layered.options.OrderingStrategy;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.itup.analysis.chain.ChainLink;
import org.itup.analysis.chain.ChainLinkKind;
import org.itup.model.PlanElement;

/**
 * Lays a diagram out with ELK's layered algorithm, results on the left and what contributes to them on the right:
 * targets, goals, objectives, then outcomes, outputs and enablers. ELK places whole layers apart and keeps nodes of
 * a layer apart, so no two nodes overlap.
 */
public final class ChainLayout {

	static {
		LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
	}

	/** Wider than any node, so the columns given to the interactive layering never overlap. */
	private static final double COLUMN_SPACING = 1000;

	private ChainLayout() {
	}

	public static LaidOutDiagram layout(DiagramScope scope) {
		ElkNode graph = ElkGraphUtil.createGraph();
		graph.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
		graph.setProperty(CoreOptions.DIRECTION, Direction.LEFT);
		// straight segments: the many goal-objective links of a plan read as a fan, not as a grid of tracks
		graph.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.POLYLINE);
		graph.setProperty(CoreOptions.SPACING_NODE_NODE, 14.0);
		graph.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 50.0);
		graph.setProperty(CoreOptions.PADDING, new ElkPadding(12));
		// packed side by side, unlinked enablers would push the chain itself far to one side
		graph.setProperty(CoreOptions.SEPARATE_CONNECTED_COMPONENTS, false);
		// a reader finds goal 3 between goals 2 and 4: each layer keeps the plan's order even at the cost of crossings
		graph.setProperty(LayeredOptions.CONSIDER_MODEL_ORDER_STRATEGY, OrderingStrategy.NODES_AND_EDGES);
		graph.setProperty(LayeredOptions.CROSSING_MINIMIZATION_FORCE_NODE_MODEL_ORDER, true);
		// each level of the chain its own column: the layer comes from the position given below, not from the links
		graph.setProperty(LayeredOptions.LAYERING_STRATEGY, LayeringStrategy.INTERACTIVE);
		// links into one node meet at one point, so their arrowheads do not pile into a block on a goal
		graph.setProperty(LayeredOptions.MERGE_EDGES, true);
		Map<PlanElement, ElkNode> nodes = new IdentityHashMap<>();
		Map<PlanElement, NodeLabel> labels = new IdentityHashMap<>();
		for (PlanElement element : scope.elements()) {
			NodeLabel label = NodeLabel.of(element);
			ElkNode node = ElkGraphUtil.createNode(graph);
			node.setDimensions(label.width(), label.height());
			// the interactive layering reads the column from x; further right is further from the goals
			node.setLocation(ChainLevel.of(element).column() * COLUMN_SPACING, 0);
			nodes.put(element, node);
			labels.put(element, label);
		}
		Map<ChainLink, ElkEdge> edges = new IdentityHashMap<>();
		for (ChainLink link : scope.links()) {
			edges.put(link, edge(link, nodes));
		}
		new RecursiveGraphLayoutEngine().layout(graph, new BasicProgressMonitor());
		return result(scope, graph, nodes, labels, edges);
	}

	/** Targets measure their goal, so they sit beside it on the results side rather than among contributors. */
	private static ElkEdge edge(ChainLink link, Map<PlanElement, ElkNode> nodes) {
		ElkNode contributor = nodes.get(link.contributor());
		ElkNode result = nodes.get(link.result());
		return link.kind() == ChainLinkKind.TARGET ? ElkGraphUtil.createSimpleEdge(result, contributor)
				: ElkGraphUtil.createSimpleEdge(contributor, result);
	}

	private static LaidOutDiagram result(DiagramScope scope, ElkNode graph, Map<PlanElement, ElkNode> nodes,
			Map<PlanElement, NodeLabel> labels, Map<ChainLink, ElkEdge> edges) {
		List<LaidOutDiagram.Node> placed = new ArrayList<>();
		for (PlanElement element : scope.elements()) {
			ElkNode node = nodes.get(element);
			placed.add(new LaidOutDiagram.Node(element, labels.get(element), node.getX(), node.getY(), node.getWidth(),
					node.getHeight()));
		}
		List<LaidOutDiagram.Link> routed = new ArrayList<>();
		for (ChainLink link : scope.links()) {
			routed.add(new LaidOutDiagram.Link(link, points(edges.get(link))));
		}
		return new LaidOutDiagram(scope, placed, routed, graph.getWidth(), graph.getHeight());
	}

	private static double[] points(ElkEdge edge) {
		List<Double> points = new ArrayList<>();
		for (ElkEdgeSection section : edge.getSections()) {
			points.add(section.getStartX());
			points.add(section.getStartY());
			for (ElkBendPoint bend : section.getBendPoints()) {
				points.add(bend.getX());
				points.add(bend.getY());
			}
			points.add(section.getEndX());
			points.add(section.getEndY());
		}
		return points.stream().mapToDouble(Double::doubleValue).toArray();
	}
}
