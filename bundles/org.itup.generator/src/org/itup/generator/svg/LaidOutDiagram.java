package org.itup.generator.svg;

import java.util.List;

import org.itup.analysis.chain.ChainLink;
import org.itup.model.PlanElement;

/** A diagram after layout: where each node and each link goes, and how big the drawing is. */
public record LaidOutDiagram(DiagramScope scope, List<Node> nodes, List<Link> links, double width, double height) {

	/** A node's box; x and y are its top left corner. */
	public record Node(PlanElement element, NodeLabel label, double x, double y, double width, double height) {
	}

	/** A link as a polyline of points, {x0, y0, x1, y1, ...}, from contributor to result. */
	public record Link(ChainLink link, double[] points) {
	}
}
