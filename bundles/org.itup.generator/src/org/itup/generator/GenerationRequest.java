package org.itup.generator;

import java.util.List;

import org.itup.analysis.StrategicPlan;
import org.itup.dsl.load.LoadedPlans;

/**
 * What a generator works from: the loaded plans (with their diagnostics, for the validation summary), the plans
 * seen whole, the options of the run (such as a sector and year for operational-plan skeletons), what the
 * run's writers share of each plan, and the threads they make plans on.
 */
public record GenerationRequest(LoadedPlans loaded, List<StrategicPlan> plans, GenerationOptions options,
		PlanMemo memo, EachPlan eachPlan) {

	public static GenerationRequest of(LoadedPlans loaded, GenerationOptions options) {
		return of(loaded, options, EachPlan.onTheCores());
	}

	/** A request whose writers make their plans on the threads of {@code eachPlan}. */
	public static GenerationRequest of(LoadedPlans loaded, GenerationOptions options, EachPlan eachPlan) {
		return new GenerationRequest(loaded, StrategicPlan.of(loaded.plans()), options, new PlanMemo(), eachPlan);
	}
}
