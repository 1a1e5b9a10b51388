package org.itup.design.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.itup.design.services.ResultsChainServices;
import org.itup.model.Enabler;
import org.itup.model.Goal;
import org.itup.model.Plan;
import org.junit.jupiter.api.Test;

/** The results-chain diagram shows the whole ITU plan, whichever of its files the diagram is opened on. */
class ResultsChainServicesTest {

	private final ResultsChainServices services = new ResultsChainServices();

	@Test
	void candidatesAreTheWholePlanInItsOrder() {
		Plan sectorFile = ItuExample.part("itu-d.itup");
		assertEquals(List.of("1", "2", "3", "4", "5"), ItuExample.codes(services.goals(sectorFile)));
		assertEquals(List.of("ITU-R", "ITU-T", "ITU-D", "I", "GS"), ItuExample.codes(services.sectors(sectorFile)));
		assertEquals(18, services.objectives(sectorFile).size());
		assertEquals(64, services.outcomes(sectorFile).size());
		assertEquals(70, services.outputs(sectorFile).size());
		assertEquals(31, services.enablers(sectorFile).size());
		assertEquals(List.of("1", "2", "3", "4", "5", "6"), ItuExample.codes(services.risks(sectorFile)));
	}

	@Test
	void calledFromAnyElementOfThePlan() {
		Goal growth = ItuExample.element(Goal.class, "1");
		assertEquals(18, services.objectives(growth.getTargets().get(0)).size());
	}

	@Test
	void enablerSupportsItsObjectivesOrAll() {
		assertEquals(List.of("R.1", "R.2", "R.3"),
				ItuExample.codes(services.supportedObjectives(ItuExample.element(Enabler.class, "BR-1"))));
		assertEquals(18, services.supportedObjectives(ItuExample.element(Enabler.class, "GS-1")).size());
		assertEquals(List.of(), services.supportedObjectives(ItuExample.element(Goal.class, "1")));
	}
}
