package org.itup.dsl.tests.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.TreeSet;

import org.itup.analysis.monitoring.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Periods as monitoring files write them, and where each counts on the year scale of progress computation. */
class PeriodTest {

	@Test
	void aYearCountsAtItsEnd() {
		assertEquals(2022.0, Period.parse("2022").end());
		assertEquals(2021.0, Period.parse("2022").start());
	}

	@Test
	void aQuarterCountsAtItsEnd() {
		assertEquals(2021.75, Period.parse("2022-Q3").end());
		assertEquals(2021.5, Period.parse("2022-Q3").start());
		assertEquals(2022.0, Period.parse("2022-Q4").end());
	}

	@Test
	void aMonthCountsAtItsEnd() {
		assertEquals(2021 + 7 / 12.0, Period.parse("2022-07").end(), 1e-12);
		assertEquals(2022.0, Period.parse("2022-12").end(), 1e-12);
	}

	@Test
	void aBienniumCountsAtTheEndOfItsLastYear() {
		Period biennium = Period.parse("2020-2021");
		assertEquals(2021.0, biennium.end());
		assertEquals(2019.0, biennium.start());
		assertEquals("2020-2021", biennium.toString());
	}

	@Test
	void everyFormReadsBackAsWritten() {
		for (String text : List.of("2017", "2017-Q1", "2017-09", "2016-2019")) {
			assertEquals(text, Period.parse(text).toString());
		}
	}

	@Test
	void aYearContainsItsQuartersAndMonthsButNotTheNextYear() {
		Period year = Period.parse("2022");
		assertTrue(year.contains(Period.parse("2022-Q1")));
		assertTrue(year.contains(Period.parse("2022-12")));
		assertTrue(year.contains(year));
		assertFalse(year.contains(Period.parse("2023-01")));
		assertFalse(year.contains(Period.parse("2021")));
		assertFalse(year.contains(Period.parse("2021-2022")));
		assertTrue(Period.parse("2021-2022").contains(year));
	}

	@Test
	void periodsSortByTheirEnd() {
		TreeSet<Period> sorted = new TreeSet<>(List.of(Period.parse("2018"), Period.parse("2017-07"),
				Period.parse("2017-Q2"), Period.parse("2017")));
		assertEquals("[2017-Q2, 2017-07, 2017, 2018]", sorted.toString());
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "17", "2022-Q5", "2022-13", "2022-00", "2021-2020", "2022/07", "Q3-2022" })
	void somethingElseIsRefusedWithTheText(String text) {
		IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> Period.parse(text));
		assertTrue(error.getMessage().contains("'" + text + "'"), error.getMessage());
	}
}
