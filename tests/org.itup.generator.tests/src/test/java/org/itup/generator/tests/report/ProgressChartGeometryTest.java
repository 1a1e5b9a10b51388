package org.itup.generator.tests.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.itup.analysis.monitoring.Period;
import org.itup.analysis.monitoring.PlannedAndSpent;
import org.itup.analysis.monitoring.Series;
import org.itup.generator.progress.BudgetChart;
import org.itup.generator.progress.BudgetRow;
import org.itup.generator.progress.ChartScale;
import org.itup.generator.progress.Figures;
import org.itup.generator.progress.Projection;
import org.itup.generator.progress.TrajectoryChart;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The progress report's chart geometry, worked out by hand: scales, ticks, projections, bars. */
class ProgressChartGeometryTest {

	@Nested
	class Scales {

		@Test
		void valuesAreWidenedToWholeStepsOfOneTwoOrFive() {
			// (9.2 - 0.3) / 4 = 2.2 a tick, rounded up to 5: 0 to 10 drawn from y 200 up to y 0
			ChartScale scale = ChartScale.nice(0.3, 9.2, 4, 200, 0);
			assertEquals(List.of(0.0, 5.0, 10.0), scale.ticks());
			assertEquals(200, scale.at(0), 1e-9);
			assertEquals(100, scale.at(5), 1e-9);
			assertEquals(0, scale.at(10), 1e-9);
		}

		@Test
		void aPercentageSeriesGetsTicksEveryFivePoints() {
			assertEquals(List.of(50.0, 55.0, 60.0, 65.0), ChartScale.nice(54, 65, 4, 200, 0).ticks());
		}

		@Test
		void aSingleValueGetsRoomAroundIt() {
			// 12.2 +- 10 % is 10.98 to 13.42; a tick of 0.61 rounds up to 1
			assertEquals(List.of(10.0, 11.0, 12.0, 13.0, 14.0), ChartScale.nice(12.2, 12.2, 4, 200, 0).ticks());
			assertEquals(List.of(-1.0, 0.0, 1.0), ChartScale.nice(0, 0, 2, 200, 0).ticks());
		}

		@Test
		void decimalTicksDoNotCreep() {
			assertEquals(List.of(0.0, 0.5, 1.0), ChartScale.nice(0, 0.9, 3, 100, 0).ticks());
		}

		@Test
		void yearsGetATickEachOrEveryFewYearsWhenMany() {
			ChartScale fourYears = ChartScale.years(2019, 2023, 64, 536);
			assertEquals(List.of(2019.0, 2020.0, 2021.0, 2022.0, 2023.0), fourYears.ticks());
			assertEquals(300, fourYears.at(2021), 1e-9);
			assertEquals(11, ChartScale.years(2000, 2030, 0, 100).ticks().size(), "every third year");
			assertEquals(List.of(2016.0, 2017.0, 2018.0), ChartScale.years(2017, 2017, 0, 100).ticks(),
					"one year in the middle");
		}
	}

	@Nested
	class Projections {

		@Test
		void compoundGrowthCarriesTheLatestValueOn() {
			// 100 to 110 in a year is 10 % a year; one more year gives 121
			Series series = Series.builder("T").baseline(2016, 100).target(121, 2018).measured("2017", 110).build();
			Projection projection = Projection.of(series, Period.year(2017), 2018).orElseThrow();
			assertTrue(projection.compound());
			assertEquals(2017, projection.fromTime(), 1e-9);
			assertEquals(110, projection.fromValue(), 1e-9);
			assertEquals(121, projection.toValue(), 1e-9);
		}

		@Test
		void fromZeroTheAverageYearlyChangeIsCarriedOn() {
			// 0 in 2016 to 3 in 2018 is 1.5 a year; two more years give 6
			Series series = Series.builder("Z").baseline(2016, 0).measured("2018", 3).build();
			Projection projection = Projection.of(series, Period.year(2018), 2020).orElseThrow();
			assertFalse(projection.compound());
			assertEquals(6, projection.toValue(), 1e-9);
		}

		@Test
		void valuesAfterTheReportedPeriodAreNotUsed() {
			Series series = Series.builder("T").baseline(2016, 100).measured("2017", 110).measured("2019", 90).build();
			// 10 % a year from 2017 on: 110 * 1.1 * 1.1 by 2019, whatever was measured in 2019
			assertEquals(133.1, Projection.of(series, Period.year(2018), 2019).orElseThrow().toValue(), 1e-9);
		}

		@Test
		void aQuarterCountsAtItsEnd() {
			// 2017-Q2 ends at 2016.5: 100 to 105 in half a year is 10.25 % a year; half a year on, at the end of 2017,
			// that gives 105 * 1.05 = 110.25
			Series series = Series.builder("Q").baseline(2016, 100).measured("2017-Q2", 105).build();
			assertEquals(110.25, Projection.of(series, Period.parse("2017-Q2"), 2017).orElseThrow().toValue(), 1e-9);
		}

		@Test
		void noPaceWithoutTwoPointsInTimeAndNothingBeyondTheHorizon() {
			Series single = Series.builder("S").measured("2017", 48.6).build();
			assertTrue(Projection.of(single, Period.year(2017), 2020).isEmpty());
			Series two = Series.builder("T").baseline(2016, 100).measured("2018", 110).build();
			assertTrue(Projection.of(two, Period.year(2018), 2018).isEmpty());
			assertTrue(Projection.of(two, Period.year(2017), 2020).isEmpty(), "nothing measured by 2017");
		}

		@Test
		void aProjectionNearThePlanWidensTheChartAndAFarOneIsClipped() {
			// 50 to 60 in two years at compound growth gives 86.4 by 2025, within one more span of the figures
			Series near = Series.builder("N").baseline(2019, 50).target(62, 2025).measured("2021", 60).build();
			assertEquals(90, TrajectoryChart.valueScale(near, Period.year(2021)).high(), 1e-9);
			// 1 to 10 in a year carried for nine years is 10^10: the scale keeps to the plan's figures
			Series far = Series.builder("F").baseline(2020, 1).target(12, 2030).measured("2021", 10).build();
			assertTrue(TrajectoryChart.valueScale(far, Period.year(2021)).high() <= 20);
		}
	}

	@Nested
	class Budget {

		@Test
		void barsRunFromTheLabelColumnToTheLargestAmount() {
			List<BudgetRow> rows = List.of(row("Goal 1", 400000, 300000), row("Goal 2", 470000, 285000));
			ChartScale scale = BudgetChart.scale(rows);
			assertEquals(190, scale.at(0), 1e-9);
			assertEquals(520, scale.at(470000), 1e-9);
			assertEquals(355, scale.at(235000), 1e-9);
		}

		@Test
		void amountsAreWrittenTheSameOnEveryMachine() {
			assertEquals("1,250,000 CHF", Figures.money(new BigDecimal("1250000.00"), "CHF"));
			assertEquals("12.50 CHF", Figures.money(new BigDecimal("12.5"), "CHF"));
			assertEquals("9.15 %", Figures.withUnit(9.15, "%"));
			assertEquals("40 %", Figures.percent(0.4));
		}

		private static BudgetRow row(String label, long planned, long spent) {
			return new BudgetRow(label, new PlannedAndSpent(BigDecimal.valueOf(planned), BigDecimal.valueOf(spent)));
		}
	}
}
