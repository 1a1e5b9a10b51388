package org.itup.analysis.chain;

import org.itup.model.PlanElement;

/**
 * One link of the results chain, pointing from what contributes to the result it contributes to: from an output to
 * its objective, from an objective to a goal, from a target to the goal it measures.
 */
public record ChainLink(PlanElement contributor, PlanElement result, ChainLinkKind kind) {
}
