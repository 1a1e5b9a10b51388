package org.itup.analysis;

import java.util.List;

/**
 * How much a plan holds, element kind by element kind: what a reviewer checks first against the source document.
 */
public record PlanSummary(int goals, int targets, int sectors, int objectives, int outcomes, int outputs,
		long primaryLinkages, long secondaryLinkages, int enablers, int risks) {

	public static PlanSummary of(StrategicPlan plan) {
		LinkageMatrix matrix = LinkageMatrix.of(plan);
		return new PlanSummary(plan.goals().size(), plan.targets().size(), plan.sectors().size(),
				plan.objectives().size(), plan.outcomes().size(), plan.outputs().size(),
				matrix.count(LinkageKind.PRIMARY), matrix.count(LinkageKind.SECONDARY), plan.enablers().size(),
				plan.risks().size());
	}

	/** The sum over several plans, for a run that loads more than one. */
	public static PlanSummary total(List<PlanSummary> summaries) {
		return summaries.stream().reduce(new PlanSummary(0, 0, 0, 0, 0, 0, 0, 0, 0, 0), PlanSummary::plus);
	}

	private PlanSummary plus(PlanSummary other) {
		return new PlanSummary(goals + other.goals, targets + other.targets, sectors + other.sectors,
				objectives + other.objectives, outcomes + other.outcomes, outputs + other.outputs,
				primaryLinkages + other.primaryLinkages, secondaryLinkages + other.secondaryLinkages,
				enablers + other.enablers, risks + other.risks);
	}
}
