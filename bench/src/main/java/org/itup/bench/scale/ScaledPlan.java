package org.itup.bench.scale;

import java.util.Locale;

/**
 * One strategic plan of a scaled set: kept by an organisation for a four-year period, shaped like the ITU plan, and
 * importing the organisation's plan of the period before, if there is one.
 *
 * @param organisation the organisation's acronym, in the place of "ITU" in codes and text
 * @param startYear the first year of the plan period
 * @param predecessor the name of the plan of the period before, or null for an organisation's first plan
 */
public record ScaledPlan(String organisation, int startYear, String predecessor) {

	/** The example's plan period starts in 2020; every year of a copy moves by this much. */
	static final int EXAMPLE_START_YEAR = 2020;

	/** The plan's name, in the ITU style: {@code itu2020}. */
	public String name() {
		return organisation.toLowerCase(Locale.ROOT) + startYear;
	}

	/** The folder of the plan's files, under its organisation's folder. */
	public String folder() {
		return organisation.toLowerCase(Locale.ROOT) + "/" + name();
	}

	int yearShift() {
		return startYear - EXAMPLE_START_YEAR;
	}
}
