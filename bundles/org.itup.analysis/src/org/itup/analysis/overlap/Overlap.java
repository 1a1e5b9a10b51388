package org.itup.analysis.overlap;

import org.itup.model.PlanElement;

/**
 * Two results of different sectors whose statements say nearly the same thing (Resolution 191: no overlap or
 * duplication among the Sectors).
 *
 * @param similarity from 0 (nothing shared) to 1 (the same significant words)
 */
public record Overlap(PlanElement first, PlanElement second, double similarity) {
}
