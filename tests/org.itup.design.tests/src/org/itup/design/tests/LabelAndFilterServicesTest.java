package org.itup.design.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.itup.design.services.LabelServices;
import org.itup.design.services.SectorFilterServices;
import org.itup.model.Enabler;
import org.itup.model.Goal;
import org.itup.model.Objective;
import org.itup.model.Outcome;
import org.itup.model.Output;
import org.itup.model.Sector;
import org.itup.model.Target;
import org.junit.jupiter.api.Test;

/** Labels, tooltips and sector filters of the viewpoint on the ITU plan. */
class LabelAndFilterServicesTest {

	private final LabelServices labels = new LabelServices();
	private final SectorFilterServices filters = new SectorFilterServices();

	@Test
	void labelsAreCodeAndTitleOrTheStartOfTheStatement() {
		assertEquals("ITU strategic plan for 2020-2023", labels.label(ItuExample.part("plan.itup")));
		assertEquals("ITU strategic plan for 2020-2023", labels.label(ItuExample.part("itu-r.itup")));
		assertEquals("1 Growth", labels.label(ItuExample.element(Goal.class, "1")));
		assertEquals("ITU-R Radiocommunication Sector", labels.label(ItuExample.element(Sector.class, "ITU-R")));
		assertEquals("1.1 By 2023, 65% of households worldwide with access to the Int\u2026",
				labels.label(ItuExample.element(Target.class, "1.1")));
		assertEquals("R.3-1 ITU-R publications", labels.label(ItuExample.element(Output.class, "R.3-1")));
	}

	@Test
	void tooltipIsTheWholeStatement() {
		assertEquals("By 2023, 65% of households worldwide with access to the Internet",
				labels.tooltip(ItuExample.element(Target.class, "1.1")));
		assertEquals("Enable and foster access to and increased use of telecommunications/ICT in support of the "
				+ "digital economy and society", labels.tooltip(ItuExample.element(Goal.class, "1")));
	}

	@Test
	void chosenSectorsKeepTheirWorkAndEverythingOutsideSectors() {
		Sector radio = ItuExample.element(Sector.class, "ITU-R");
		Sector development = ItuExample.element(Sector.class, "ITU-D");
		assertTrue(filters.isInChosenSectors(ItuExample.element(Outcome.class, "R.1-a"), List.of(radio)));
		assertFalse(filters.isInChosenSectors(ItuExample.element(Objective.class, "R.1"), List.of(development)));
		assertTrue(filters.isInChosenSectors(ItuExample.element(Objective.class, "D.2"), development));
		assertTrue(filters.isInChosenSectors(ItuExample.element(Goal.class, "3"), List.of()));
	}

	@Test
	void sectorKindFiltersKeepWhatIsNotOfTheirKind() {
		assertFalse(filters.isOutsideSectors(ItuExample.element(Objective.class, "T.1")));
		assertTrue(filters.isOutsideSectors(ItuExample.element(Objective.class, "I.1")));
		assertFalse(filters.isOutsideInterSectoralWork(ItuExample.element(Output.class, "I.1-1")));
		assertFalse(filters.isOutsideSecretariat(ItuExample.element(Enabler.class, "GS-2")));
		assertTrue(filters.isOutsideSecretariat(ItuExample.element(Enabler.class, "BR-1")));
		assertTrue(filters.isOutsideSecretariat(ItuExample.element(Goal.class, "1")));
	}
}
