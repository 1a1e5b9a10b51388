package org.itup.dsl.tests.monitoring;

import static org.itup.analysis.monitoring.ProgressStatus.ACHIEVED;
import static org.itup.analysis.monitoring.ProgressStatus.AT_RISK;
import static org.itup.analysis.monitoring.ProgressStatus.NO_DATA;
import static org.itup.analysis.monitoring.ProgressStatus.OFF_TRACK;
import static org.itup.analysis.monitoring.ProgressStatus.ON_TRACK;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.itup.analysis.monitoring.Bound;
import org.itup.analysis.monitoring.Direction;
import org.itup.analysis.monitoring.Period;
import org.itup.analysis.monitoring.ProgressJudge;
import org.itup.analysis.monitoring.ProgressStatus;
import org.itup.analysis.monitoring.Series;
import org.itup.analysis.monitoring.StatusJudgement;
import org.itup.analysis.monitoring.StatusJudgement.Method;
import org.itup.analysis.monitoring.StatusThresholds;
import org.junit.jupiter.api.Test;

/** Bounds (at least, at most, between), maintain series and series with a direction only. */
class BoundAndMaintainTest {

	private static final ProgressJudge JUDGE = new ProgressJudge(StatusThresholds.DEFAULTS);

	private static StatusJudgement judge(Series series, String period) {
		return JUDGE.judge(series, Period.parse(period));
	}

	private static ProgressStatus status(Series.Builder series, String measuredIn, double value) {
		return judge(series.measured(measuredIn, value).build(), measuredIn).status();
	}

	@Test
	void aValueAboveAnUpperBoundIsOffTrack() {
		StatusJudgement j = judge(Series.builder("B").unit("%").direction(Direction.DECREASE)
				.bound(Bound.atMost(10)).measured("2017", 12).build(), "2017");
		assertEquals(OFF_TRACK, j.status());
		assertEquals(Method.BOUND, j.method());
		assertEquals("12 % in 2017 is outside the bound of at most 10 %", j.explanation());
	}

	@Test
	void aBoundViolatedOverridesGoodGrowth() {
		Series.Builder series = Series.builder("B").bound(Bound.atLeast(108)).baseline(2016, 100).target(121, 2018);
		assertEquals(OFF_TRACK, status(series, "2017", 107));
		assertEquals(ON_TRACK, status(Series.builder("B").bound(Bound.atLeast(108)).baseline(2016, 100)
				.target(121, 2018), "2017", 110));
	}

	@Test
	void withoutTargetABoundRespectedIsAchieved() {
		assertEquals(ACHIEVED, status(Series.builder("B").bound(Bound.between(5, 10)), "2017", 7));
		assertEquals(ACHIEVED, status(Series.builder("B").bound(Bound.between(5, 10)), "2017", 10));
		assertEquals(OFF_TRACK, status(Series.builder("B").bound(Bound.between(5, 10)), "2017", 11));
		assertEquals(OFF_TRACK, status(Series.builder("B").bound(Bound.between(5, 10)), "2017", 4.9));
	}

	private static Series.Builder keepEighty() {
		return Series.builder("M").direction(Direction.MAINTAIN).baseline(2016, 80);
	}

	@Test
	void maintainWithinTheToleranceOfTheBaselineIsOnTrack() {
		// default tolerance 5 % of 80: 4 either way; at risk up to 8
		assertEquals(ON_TRACK, status(keepEighty(), "2017", 83));
		assertEquals(ON_TRACK, status(keepEighty(), "2017", 76));
		assertEquals(AT_RISK, status(keepEighty(), "2017", 86));
		assertEquals(OFF_TRACK, status(keepEighty(), "2017", 90));
		assertEquals(OFF_TRACK, status(keepEighty(), "2017", 71));
	}

	@Test
	void maintainIsAchievedAtTheDeadlineAndOffTrackOutsideTheTolerance() {
		assertEquals(ON_TRACK, status(keepEighty().target(80, 2018), "2017", 82));
		assertEquals(ACHIEVED, status(keepEighty().target(80, 2018), "2018", 82));
		assertEquals(AT_RISK, status(keepEighty().target(80, 2018), "2017", 86));
		assertEquals(OFF_TRACK, status(keepEighty().target(80, 2018), "2018", 86));
	}

	@Test
	void maintainKeepsTheTargetValueWhenThereIsOne() {
		StatusJudgement j = judge(keepEighty().target(100, 2020).measured("2017", 98).build(), "2017");
		assertEquals(ON_TRACK, j.status());
		assertEquals(100.0, j.expected().getAsDouble());
		assertEquals("98 in 2017 against 100 to maintain, 5 allowed either way", j.explanation());
	}

	@Test
	void maintainingZeroTakesTheToleranceAsAnAbsoluteAmount() {
		Series.Builder zero = Series.builder("Z").direction(Direction.MAINTAIN).baseline(2016, 0);
		assertEquals(ON_TRACK, status(zero, "2017", 0.04));
		assertEquals(AT_RISK, status(Series.builder("Z").direction(Direction.MAINTAIN).baseline(2016, 0), "2017",
				-0.09));
		assertEquals(OFF_TRACK, status(Series.builder("Z").direction(Direction.MAINTAIN).baseline(2016, 0), "2017",
				0.2));
	}

	@Test
	void maintainWithoutReferenceIsNoData() {
		assertEquals(NO_DATA, status(Series.builder("M").direction(Direction.MAINTAIN), "2017", 5));
	}

	@Test
	void withoutTargetOrBoundTheDirectionOfChangeDecides() {
		assertEquals(ON_TRACK, status(Series.builder("U").baseline(2016, 10), "2017", 12));
		assertEquals(AT_RISK, status(Series.builder("U").baseline(2016, 10), "2017", 10));
		assertEquals(OFF_TRACK, status(Series.builder("U").baseline(2016, 10), "2017", 8));
		assertEquals(ON_TRACK,
				status(Series.builder("U").direction(Direction.DECREASE).baseline(2016, 10), "2017", 8));
		assertEquals(NO_DATA, status(Series.builder("U"), "2017", 8));
	}
}
