package org.itup.generator.svg;

import java.util.List;
import java.util.Optional;

import org.itup.model.PlanElement;

/**
 * What a page other than the report adds to the nodes of a diagram: a change mark on some, and where each node
 * leads. The report's own diagrams have none; its nodes lead to their sections.
 */
public interface NodeDecoration {

	/** The element's mark, if it changed. */
	Optional<ChangeMark> mark(PlanElement element);

	/** Where the node leads on the page ("#change-target-1.1"), or null for a node that leads nowhere. */
	String href(PlanElement element);

	/** The marks the legend explains, in the order it lists them. */
	List<ChangeMark> marksInLegend();
}
