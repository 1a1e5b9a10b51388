package org.itup.generator.svg;

import java.util.List;

import org.itup.analysis.chain.ChainLink;
import org.itup.model.PlanElement;

/**
 * What one diagram shows: an identifier (also its file name), a title for people, and the elements and links of
 * the results chain inside it, in plan order.
 */
public record DiagramScope(String id, String title, List<PlanElement> elements, List<ChainLink> links) {

	public DiagramScope {
		elements = List.copyOf(elements);
		links = List.copyOf(links);
	}
}
