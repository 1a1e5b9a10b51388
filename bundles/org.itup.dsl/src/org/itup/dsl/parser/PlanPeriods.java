package org.itup.dsl.parser;

import org.itup.analysis.monitoring.Period;

/**
 * The periods monitoring and budgets are stated for, as the analysis reads them ({@link Period}): a year, a quarter,
 * a month or a range of years. Anything else is refused where it is written, so a typo such as 2022-13 never becomes
 * a period no report shows.
 */
final class PlanPeriods {

	private PlanPeriods() {
	}

	/** The period as written, or a NumberFormatException when it is none of the four forms. */
	static String checked(String text) {
		try {
			Period.parse(text);
			return text;
		} catch (IllegalArgumentException e) {
			throw new NumberFormatException(text);
		}
	}
}
