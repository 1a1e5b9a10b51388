package org.itup.dsl.tests.monitoring;

import static org.itup.analysis.monitoring.ProgressStatus.ACHIEVED;
import static org.itup.analysis.monitoring.ProgressStatus.AT_RISK;
import static org.itup.analysis.monitoring.ProgressStatus.NOT_YET_DUE;
import static org.itup.analysis.monitoring.ProgressStatus.NO_DATA;
import static org.itup.analysis.monitoring.ProgressStatus.OFF_TRACK;
import static org.itup.analysis.monitoring.ProgressStatus.ON_TRACK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.itup.analysis.monitoring.Direction;
import org.itup.analysis.monitoring.Period;
import org.itup.analysis.monitoring.ProgressJudge;
import org.itup.analysis.monitoring.Series;
import org.itup.analysis.monitoring.StatusJudgement;
import org.itup.analysis.monitoring.StatusJudgement.Method;
import org.itup.analysis.monitoring.StatusThresholds;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Statuses worked out by hand. Most cases grow from 100 in 2016 towards 121 by 2018, which needs exactly 10 % a
 * year (1.1 squared is 1.21), so a value in 2017 of 110 is on course, 107 makes 70 % of the required growth and 104
 * makes 40 %; with the default thresholds (0.95, 0.6) they are on track, at risk and off track.
 */
class ProgressJudgeTest {

	private static final ProgressJudge JUDGE = new ProgressJudge(StatusThresholds.DEFAULTS);

	private static Series.Builder tenPercentAYear() {
		return Series.builder("T1").unit("M").baseline(2016, 100).target(121, 2018);
	}

	private static StatusJudgement judge(Series series, String period) {
		return JUDGE.judge(series, Period.parse(period));
	}

	@Nested
	class CompoundGrowth {

		@Test
		void growthAtTheRequiredRateIsOnTrack() {
			StatusJudgement j = judge(tenPercentAYear().measured("2017", 110).build(), "2017");
			assertEquals(ON_TRACK, j.status());
			assertEquals(Method.COMPOUND_GROWTH, j.method());
			assertEquals(1.0, j.ratio().getAsDouble(), 1e-9);
			assertEquals(110.0, j.expected().getAsDouble(), 1e-9);
			assertEquals(110.0, j.value().getAsDouble());
			assertEquals(Period.parse("2017"), j.measuredIn().orElseThrow());
		}

		@Test
		void seventyPercentOfTheRequiredGrowthIsAtRiskAndSaysWhatWasNeeded() {
			StatusJudgement j = judge(tenPercentAYear().measured("2017", 107).build(), "2017");
			assertEquals(AT_RISK, j.status());
			assertEquals(0.7, j.ratio().getAsDouble(), 1e-9);
			assertEquals("107 M in 2017, needs 110 M to be on course for 121 M by 2018 (70 % of the required"
					+ " compound annual growth since 100 M in 2016)", j.explanation());
		}

		@Test
		void fortyPercentOfTheRequiredGrowthIsOffTrack() {
			StatusJudgement j = judge(tenPercentAYear().measured("2017", 104).build(), "2017");
			assertEquals(OFF_TRACK, j.status());
			assertEquals(0.4, j.ratio().getAsDouble(), 1e-9);
		}

		@Test
		void movingTheWrongWayGivesANegativeRatio() {
			StatusJudgement j = judge(tenPercentAYear().measured("2017", 95).build(), "2017");
			assertEquals(OFF_TRACK, j.status());
			assertEquals(-0.5, j.ratio().getAsDouble(), 1e-9);
		}

		@Test
		void thePlanFoldersThresholdsDecide() {
			ProgressJudge lenient = new ProgressJudge(new StatusThresholds(0.65, 0.3, 0.05));
			Series series = tenPercentAYear().measured("2017", 107).build();
			assertEquals(ON_TRACK, lenient.judge(series, Period.parse("2017")).status());
			Series slower = tenPercentAYear().measured("2017", 104).build();
			assertEquals(AT_RISK, lenient.judge(slower, Period.parse("2017")).status());
		}

		@Test
		void theLatestValueUpToThePeriodIsJudged() {
			Series series = tenPercentAYear().measured("2017", 104).measured("2018-Q1", 120).build();
			StatusJudgement j = judge(series, "2017");
			assertEquals(Period.parse("2017"), j.measuredIn().orElseThrow());
			assertEquals(OFF_TRACK, j.status());
		}
	}

	@Nested
	class Decrease {

		private Series.Builder tenPercentDownAYear() {
			return Series.builder("D1").direction(Direction.DECREASE).baseline(2016, 100).target(81, 2018);
		}

		@Test
		void fallingAtTheRequiredRateIsOnTrack() {
			StatusJudgement j = judge(tenPercentDownAYear().measured("2017", 90).build(), "2017");
			assertEquals(ON_TRACK, j.status());
			assertEquals(1.0, j.ratio().getAsDouble(), 1e-9);
			assertEquals(90.0, j.expected().getAsDouble(), 1e-9);
		}

		@Test
		void fallingTooSlowlyIsAtRiskThenOffTrack() {
			assertEquals(0.7, judge(tenPercentDownAYear().measured("2017", 93).build(), "2017").ratio()
					.getAsDouble(), 1e-9);
			assertEquals(AT_RISK, judge(tenPercentDownAYear().measured("2017", 93).build(), "2017").status());
			assertEquals(OFF_TRACK, judge(tenPercentDownAYear().measured("2017", 95).build(), "2017").status());
		}

		@Test
		void risingIsOffTrack() {
			StatusJudgement j = judge(tenPercentDownAYear().measured("2017", 105).build(), "2017");
			assertEquals(OFF_TRACK, j.status());
			assertEquals(-0.5, j.ratio().getAsDouble(), 1e-9);
		}

		@Test
		void goingBelowTheTargetAchievesIt() {
			assertEquals(ACHIEVED, judge(tenPercentDownAYear().measured("2017", 80).build(), "2017").status());
		}

		/**
		 * The gender gap in Internet use of Annex 2 to Resolution 71: 12.2 % in 2016, 11.6 % in 2017. Read against
		 * gender equality (a gap of 0) by 2020, the target of zero rules out compound growth; linearly, the gap
		 * should have fallen by 3.05 points a year, to 9.15 % in 2017, and fell by 0.6 (19.7 % of that).
		 */
		@Test
		void aTargetOfZeroIsJudgedLinearly() {
			Series gap = Series.builder("2.5.A").unit("%").direction(Direction.DECREASE).baseline(2016, 12.2)
					.target(0, 2020).measured("2017", 11.6).build();
			StatusJudgement j = judge(gap, "2017");
			assertEquals(Method.LINEAR, j.method());
			assertEquals(OFF_TRACK, j.status());
			assertEquals(0.6 / 3.05, j.ratio().getAsDouble(), 1e-9);
			assertEquals(9.15, j.expected().getAsDouble(), 1e-9);
			assertTrue(j.explanation().startsWith("11.6 % in 2017, needs 9.15 % to be on course for 0 % by 2020"),
					j.explanation());
			assertTrue(j.explanation().contains("linear"), j.explanation());
		}
	}

	@Nested
	class ZeroOrNegativeBaseline {

		@Test
		void aZeroBaselineIsJudgedLinearly() {
			Series series = Series.builder("Z").baseline(2016, 0).target(40, 2020).measured("2018", 16).build();
			StatusJudgement j = judge(series, "2018");
			assertEquals(Method.LINEAR, j.method());
			assertEquals(0.8, j.ratio().getAsDouble(), 1e-9);
			assertEquals(20.0, j.expected().getAsDouble(), 1e-9);
			assertEquals(AT_RISK, j.status());
		}

		@Test
		void aNegativeBaselineIsJudgedLinearly() {
			Series series = Series.builder("N").baseline(2016, -4).target(4, 2020).measured("2017", -2).build();
			StatusJudgement j = judge(series, "2017");
			assertEquals(Method.LINEAR, j.method());
			assertEquals(1.0, j.ratio().getAsDouble(), 1e-9);
			assertEquals(ON_TRACK, j.status());
		}

		@Test
		void aValueThatFellToZeroIsJudgedLinearly() {
			StatusJudgement j = judge(tenPercentAYear().measured("2017", 0).build(), "2017");
			assertEquals(Method.LINEAR, j.method());
			assertEquals(-100 / 10.5, j.ratio().getAsDouble(), 1e-9);
			assertEquals(OFF_TRACK, j.status());
		}
	}

	@Nested
	class TargetAlreadyPassed {

		@Test
		void aValueBeyondTheTargetBeforeTheDeadlineIsAchieved() {
			StatusJudgement j = judge(tenPercentAYear().measured("2017", 125).build(), "2017");
			assertEquals(ACHIEVED, j.status());
			assertEquals("125 M in 2017 reaches the target of 121 M by 2018", j.explanation());
		}

		@Test
		void aBaselineBeyondTheTargetStaysAchievedWhileTheValueHolds() {
			Series series = Series.builder("P").baseline(2016, 55).target(50, 2020).measured("2017", 52).build();
			assertEquals(ACHIEVED, judge(series, "2017").status());
		}

		@Test
		void aValueThatFellBackBelowATargetTheBaselineHadMetIsOffTrack() {
			Series series = Series.builder("P").baseline(2016, 55).target(50, 2020).measured("2017", 48).build();
			StatusJudgement j = judge(series, "2017");
			assertEquals(OFF_TRACK, j.status());
			assertTrue(j.explanation().contains("fell back from 50 by 2020, already met by 55 in 2016"),
					j.explanation());
		}
	}

	@Nested
	class SingleDataPoint {

		private Series.Builder withoutBaseline() {
			return Series.builder("S").unit("%").target(50, 2020).measured("2017", 48.6);
		}

		@Test
		void oneValueWithoutBaselineIsNoData() {
			StatusJudgement j = judge(withoutBaseline().build(), "2017");
			assertEquals(NO_DATA, j.status());
			assertEquals(48.6, j.value().getAsDouble());
			assertTrue(j.explanation().contains("only value"), j.explanation());
		}

		@Test
		void oneValueIsJudgedAgainstTheMilestoneOfThePeriod() {
			assertEquals(ON_TRACK, judge(withoutBaseline().milestone(2017, 45).build(), "2017").status());
			StatusJudgement missed = judge(withoutBaseline().milestone(2017, 49).build(), "2017");
			assertEquals(OFF_TRACK, missed.status());
			assertEquals(Method.MILESTONE, missed.method());
			assertEquals(49.0, missed.expected().getAsDouble());
		}

		@Test
		void oneValueAtTheTargetIsAchieved() {
			Series series = Series.builder("S").target(50, 2020).measured("2017", 51).build();
			assertEquals(ACHIEVED, judge(series, "2017").status());
		}

		@Test
		void onlyTheBaselineMeasuredIsNoData() {
			StatusJudgement j = judge(tenPercentAYear().measured("2016", 100).build(), "2017");
			assertEquals(NO_DATA, j.status());
			assertEquals("100 M in 2016: no value measured after the 2016 baseline", j.explanation());
		}

		/**
		 * The 2016-2019 example's 2.5.A: a qualitative target (gender equality in Internet access) with the gap of
		 * 12.2 % in 2016 and 11.6 % in 2017. The plan states no level and no direction, so a default direction must
		 * not call the narrowing gap "the wrong way": the values are there, the status is no data.
		 */
		@Test
		void aTargetWithoutLevelOrDirectionIsNotJudgedByAGuessedDirection() {
			Series series = Series.builder("2.5.A").unit("%").noStatedDirection().measured("2016", 12.2)
					.measured("2017", 11.6).build();
			StatusJudgement j = judge(series, "2017");
			assertEquals(NO_DATA, j.status());
			assertEquals(11.6, j.value().getAsDouble());
			assertEquals("11.6 % in 2017: the target states no level or direction to judge a value against",
					j.explanation());
		}

		@Test
		void withoutBaselineTheFirstValueStandsInForIt() {
			Series series = Series.builder("F").target(121, 2018).measured("2016", 100).measured("2017", 110).build();
			StatusJudgement j = judge(series, "2017");
			assertEquals(ON_TRACK, j.status());
			assertEquals(1.0, j.ratio().getAsDouble(), 1e-9);
		}
	}

	@Nested
	class Deadline {

		@Test
		void dataAfterTheChosenPeriodIsIgnored() {
			Series series = tenPercentAYear().measured("2017", 105).measured("2019", 125).build();
			StatusJudgement j = judge(series, "2018");
			assertEquals(Period.parse("2017"), j.measuredIn().orElseThrow());
			assertEquals(0.5, j.ratio().getAsDouble(), 1e-9);
			assertEquals(OFF_TRACK, j.status());
		}

		@Test
		void aTargetReachedAfterTheDeadlineIsAchievedLate() {
			Series series = tenPercentAYear().measured("2017", 105).measured("2019", 125).build();
			StatusJudgement j = judge(series, "2019");
			assertEquals(ACHIEVED, j.status());
			assertEquals("125 M in 2019 reaches the target of 121 M by 2018, after the 2018 deadline", j.explanation());
		}

		@Test
		void aTargetNotReachedByTheDeadlineIsOffTrackWhateverTheGrowth() {
			Series series = tenPercentAYear().measured("2017", 110).measured("2019", 120).build();
			StatusJudgement j = judge(series, "2019");
			assertEquals(OFF_TRACK, j.status());
			assertEquals(Method.TARGET, j.method());
			assertTrue(j.explanation().contains("was missed"), j.explanation());
		}
	}

	@Nested
	class Milestones {

		private Series.Builder withMilestone() {
			return tenPercentAYear().milestone(2017, 115).measured("2017", 110);
		}

		@Test
		void aPeriodWithAMilestoneIsJudgedAgainstIt() {
			StatusJudgement j = judge(withMilestone().build(), "2017");
			assertEquals(AT_RISK, j.status());
			assertEquals(10 / 15.0, j.ratio().getAsDouble(), 1e-9);
			assertEquals(115.0, j.expected().getAsDouble(), 1e-9);
			assertTrue(j.explanation().contains("to be on course for the 2017 milestone of 115 M"), j.explanation());
		}

		@Test
		void aPeriodWithoutAMilestoneIsJudgedAgainstTheTarget() {
			StatusJudgement deadlineYear = judge(withMilestone().build(), "2018");
			assertEquals(ON_TRACK, deadlineYear.status());
			assertEquals(1.0, deadlineYear.ratio().getAsDouble(), 1e-9);
			StatusJudgement quarter = judge(withMilestone().build(), "2018-Q1");
			assertEquals(ON_TRACK, quarter.status());
			assertTrue(quarter.explanation().contains("on course for 121 M by 2018"), quarter.explanation());
		}

		@Test
		void aPeriodEndingBeforeTheFirstValueHasNoData() {
			assertEquals(NO_DATA, judge(withMilestone().build(), "2017-Q3").status());
		}
	}

	@Nested
	class QuartersAndMonths {

		@Test
		void aQuarterCountsAtItsEnd() {
			StatusJudgement j = judge(tenPercentAYear().measured("2017-Q2", 105).build(), "2017-Q2");
			// half a year after the baseline: 1.05 squared is 1.1025, 10.25 % a year against 10 % required
			assertEquals(1.025, j.ratio().getAsDouble(), 1e-9);
			assertEquals(100 * Math.sqrt(1.1), j.expected().getAsDouble(), 1e-9);
			assertEquals(ON_TRACK, j.status());
			assertEquals(0.5, judge(tenPercentAYear().measured("2017", 105).build(), "2017").ratio().getAsDouble(),
					1e-9);
		}

		@Test
		void aMonthCountsAtItsEnd() {
			StatusJudgement j = judge(tenPercentAYear().measured("2017-06", 105).build(), "2017");
			assertEquals(Period.parse("2017-06"), j.measuredIn().orElseThrow());
			assertEquals(1.025, j.ratio().getAsDouble(), 1e-9);
		}
	}

	@Nested
	class NothingMeasured {

		@Test
		void aPeriodBeforeTheBaselineIsNotYetDue() {
			Series series = Series.builder("L").baseline(2020, 10).target(20, 2030).build();
			assertEquals(NOT_YET_DUE, judge(series, "2019").status());
			assertEquals(NOT_YET_DUE, judge(series, "2020").status());
			assertEquals(NO_DATA, judge(series, "2021").status());
		}

		@Test
		void valuesFromBeforeTheBaselineAreHistoryNotProgress() {
			Series series = Series.builder("L").baseline(2020, 10).target(20, 2030).measured("2018", 25).build();
			StatusJudgement j = judge(series, "2019");
			assertEquals(NOT_YET_DUE, j.status());
			assertEquals("2019 is not after the 2020 baseline: nothing is due yet", j.explanation());
		}

		@Test
		void withoutBaselineNothingMeasuredIsNoData() {
			Series series = Series.builder("L").target(20, 2030).measured("2025", 12).build();
			StatusJudgement j = judge(series, "2024");
			assertEquals(NO_DATA, j.status());
			assertEquals("no measurement up to 2024", j.explanation());
			assertTrue(j.ratio().isEmpty() && j.value().isEmpty() && j.measuredIn().isEmpty());
		}
	}
}
