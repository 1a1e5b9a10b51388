package org.itup.dsl.tests.monitoring;

import static org.itup.analysis.monitoring.ProgressStatus.ACHIEVED;
import static org.itup.analysis.monitoring.ProgressStatus.AT_RISK;
import static org.itup.analysis.monitoring.ProgressStatus.NOT_YET_DUE;
import static org.itup.analysis.monitoring.ProgressStatus.NO_DATA;
import static org.itup.analysis.monitoring.ProgressStatus.OFF_TRACK;
import static org.itup.analysis.monitoring.ProgressStatus.ON_TRACK;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.itup.analysis.monitoring.DataCompleteness;
import org.itup.analysis.monitoring.Period;
import org.itup.analysis.monitoring.RollUp;
import org.itup.analysis.monitoring.Series;
import org.junit.jupiter.api.Test;

/** Roll-ups of children's statuses to a parent, and which series lack data for a period. */
class RollUpTest {

	@Test
	void aGoalCountsItsTargetsAndShowsTheWorstJudgedStatus() {
		RollUp goal = RollUp.of("2", List.of(ACHIEVED, ON_TRACK, AT_RISK, ON_TRACK, NO_DATA));
		assertEquals(2, goal.count(ON_TRACK));
		assertEquals(1, goal.count(NO_DATA));
		assertEquals(0, goal.count(OFF_TRACK));
		assertEquals(5, goal.total());
		assertEquals(4, goal.judged());
		assertEquals(AT_RISK, goal.summary());
		assertEquals(OFF_TRACK, RollUp.of("2", List.of(ACHIEVED, OFF_TRACK, ON_TRACK)).summary());
	}

	@Test
	void aParentIsAchievedOnlyWhenEveryJudgedChildIs() {
		assertEquals(ACHIEVED, RollUp.of("1", List.of(ACHIEVED, ACHIEVED, NOT_YET_DUE)).summary());
		assertEquals(ON_TRACK, RollUp.of("1", List.of(ACHIEVED, ON_TRACK)).summary());
	}

	@Test
	void withoutJudgedChildrenMissingDataShows() {
		assertEquals(NO_DATA, RollUp.of("3", List.of(NO_DATA, NOT_YET_DUE)).summary());
		assertEquals(NOT_YET_DUE, RollUp.of("3", List.of(NOT_YET_DUE, NOT_YET_DUE)).summary());
		assertEquals(NO_DATA, RollUp.of("3", List.of()).summary());
		assertEquals(0, RollUp.of("3", List.of()).total());
	}

	@Test
	void rollUpsCombineIntoTheLevelAbove() {
		RollUp objective1 = RollUp.of("R.1", List.of(ON_TRACK, NO_DATA));
		RollUp objective2 = RollUp.of("R.2", List.of(AT_RISK, ON_TRACK));
		RollUp sector = RollUp.combine("ITU-R", List.of(objective1, objective2));
		assertEquals("ITU-R", sector.parent());
		assertEquals(2, sector.count(ON_TRACK));
		assertEquals(4, sector.total());
		assertEquals(3, sector.judged());
		assertEquals(AT_RISK, sector.summary());
	}

	@Test
	void completenessAsksForAMeasurementWithinThePeriod() {
		Series quarterly = Series.builder("Q").measured("2022-Q3", 1).build();
		Series lastYear = Series.builder("L").measured("2021", 1).build();
		Series never = Series.builder("N").build();
		Series monthly = Series.builder("M").measured("2022-01", 1).measured("2023-01", 2).build();
		DataCompleteness year = DataCompleteness.of(List.of(quarterly, lastYear, never, monthly), Period.parse("2022"));
		assertEquals(List.of("Q", "M"), year.measured());
		assertEquals(List.of("L", "N"), year.missing());
		assertEquals(0.5, year.share());
		DataCompleteness quarter = DataCompleteness.of(List.of(quarterly, monthly), Period.parse("2022-Q1"));
		assertEquals(List.of("Q"), quarter.missing());
		assertEquals(1.0, DataCompleteness.of(List.of(), Period.parse("2022")).share());
	}
}
