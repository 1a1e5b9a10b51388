package org.itup.dsl.tests.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.itup.analysis.monitoring.Direction;
import org.itup.analysis.monitoring.Milestone;
import org.itup.analysis.monitoring.MilestoneCheck;
import org.itup.analysis.monitoring.Series;
import org.junit.jupiter.api.Test;

/** Milestones that go against the series' direction, for the validator. */
class MilestoneCheckTest {

	@Test
	void anIncreaseMilestoneBelowThePointBeforeItOrAboveTheTargetIsFound() {
		Series series = Series.builder("HH").baseline(2014, 31.2).milestone(2017, 40).milestone(2018, 38)
				.milestone(2019, 52).target(50, 2020).build();
		assertEquals(List.of(new Milestone(2018, 38), new Milestone(2019, 52)), MilestoneCheck.wrongWay(series));
	}

	@Test
	void aDecreaseMilestoneAboveTheBaselineIsFound() {
		Series series = Series.builder("GAP").direction(Direction.DECREASE).baseline(2016, 12.2)
				.milestone(2018, 12.5).milestone(2019, 6).target(0, 2020).build();
		assertEquals(List.of(new Milestone(2018, 12.5)), MilestoneCheck.wrongWay(series));
	}

	@Test
	void milestonesInOrderAndMaintainSeriesPass() {
		Series rising = Series.builder("R").baseline(2014, 10).milestone(2016, 12).milestone(2015, 11)
				.milestone(2017, 12).target(15, 2018).build();
		assertEquals(List.of(), MilestoneCheck.wrongWay(rising));
		Series kept = Series.builder("K").direction(Direction.MAINTAIN).baseline(2014, 10).milestone(2016, 3)
				.build();
		assertEquals(List.of(), MilestoneCheck.wrongWay(kept));
	}
}
