package org.itup.generator.progress;

import org.itup.analysis.monitoring.PlannedAndSpent;

/** One bar pair of a budget chart and one row of its table: what the money is for, planned and spent. */
public record BudgetRow(String label, PlannedAndSpent money) {
}
