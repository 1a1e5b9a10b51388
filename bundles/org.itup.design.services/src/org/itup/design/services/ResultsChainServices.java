package org.itup.design.services;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.itup.model.Enabler;
import org.itup.model.Goal;
import org.itup.model.Objective;
import org.itup.model.Outcome;
import org.itup.model.Output;
import org.itup.model.Sector;
import org.itup.model.StrategicRisk;

/**
 * Sirius services: the elements of the results chain a diagram or tree shows, taken from the whole plan (all its
 * files), in the plan's order. Each one is called with any element of the plan.
 */
public class ResultsChainServices {

	public List<Goal> goals(EObject element) {
		return PlanParts.planOf(element).goals();
	}

	public List<Sector> sectors(EObject element) {
		return PlanParts.planOf(element).sectors();
	}

	public List<Objective> objectives(EObject element) {
		return PlanParts.planOf(element).objectives();
	}

	public List<Outcome> outcomes(EObject element) {
		return PlanParts.planOf(element).outcomes();
	}

	public List<Output> outputs(EObject element) {
		return PlanParts.planOf(element).outputs();
	}

	public List<Enabler> enablers(EObject element) {
		return PlanParts.planOf(element).enablers();
	}

	public List<StrategicRisk> risks(EObject element) {
		return PlanParts.planOf(element).risks();
	}

	/** The objectives an enabler supports; an enabler that supports all of them links to every objective. */
	public List<Objective> supportedObjectives(EObject enabler) {
		if (!(enabler instanceof Enabler supporting)) {
			return List.of();
		}
		return supporting.isSupportsAll() ? objectives(enabler) : supporting.getSupportedObjectives();
	}
}
