package org.itup.analysis.monitoring;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period as monitoring files write it: a year ({@code 2022}), a quarter ({@code 2022-Q3}), a month
 * ({@code 2022-07}) or a span of years such as a biennium ({@code 2020-2021}).
 * <p>
 * For progress computation a period counts at its end, measured in years on one scale where year {@code Y} stands for
 * the end of year {@code Y}: {@code 2022} is 2022.0, {@code 2022-Q3} is 2021.75, {@code 2022-07} is 2021 + 7/12, and
 * {@code 2020-2021} is 2021.0. A baseline of 2014 and a measurement of 2017 are therefore three years apart, and a
 * measurement of {@code 2017-Q2} two and a half.
 */
public record Period(Granularity granularity, int year, int part, int lastYear) implements Comparable<Period> {

	/** How finely a period is cut. */
	public enum Granularity {
		YEAR, QUARTER, MONTH, YEARS
	}

	private static final Pattern YEAR = Pattern.compile("(\\d{4})");
	private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
	private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
	private static final Pattern YEARS = Pattern.compile("(\\d{4})-(\\d{4})");

	public Period {
		boolean valid = switch (granularity) {
			case YEAR -> part == 0 && lastYear == year;
			case QUARTER -> part >= 1 && part <= 4 && lastYear == year;
			case MONTH -> part >= 1 && part <= 12 && lastYear == year;
			case YEARS -> part == 0 && lastYear > year;
		};
		if (!valid) {
			throw new IllegalArgumentException("not a period: " + granularity + " " + year + " " + part + " " + lastYear);
		}
	}

	public static Period year(int year) {
		return new Period(Granularity.YEAR, year, 0, year);
	}

	public static Period quarter(int year, int quarter) {
		return new Period(Granularity.QUARTER, year, quarter, year);
	}

	public static Period month(int year, int month) {
		return new Period(Granularity.MONTH, year, month, year);
	}

	public static Period years(int first, int last) {
		return new Period(Granularity.YEARS, first, 0, last);
	}

	/**
	 * The period, or empty when the text is missing or none of the four forms: the parser reports those where they
	 * are written, so analyses and rules pass over them.
	 */
	public static Optional<Period> ifValid(String text) {
		try {
			return text == null ? Optional.empty() : Optional.of(parse(text));
		} catch (IllegalArgumentException malformed) {
			return Optional.empty();
		}
	}

	/**
	 * Reads a period as written in a monitoring file or CSV cell.
	 *
	 * @throws IllegalArgumentException naming the text when it is none of the four forms
	 */
	public static Period parse(String text) {
		String t = text == null ? "" : text.strip();
		Matcher m;
		if ((m = YEAR.matcher(t)).matches()) {
			return year(Integer.parseInt(m.group(1)));
		}
		if ((m = QUARTER.matcher(t)).matches()) {
			return quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
		}
		if ((m = YEARS.matcher(t)).matches() && Integer.parseInt(m.group(2)) > Integer.parseInt(m.group(1))) {
			return years(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
		}
		if ((m = MONTH.matcher(t)).matches()) {
			int month = Integer.parseInt(m.group(2));
			if (month >= 1 && month <= 12) {
				return month(Integer.parseInt(m.group(1)), month);
			}
		}
		throw new IllegalArgumentException("'" + t + "' is not a period (expected 2022, 2022-Q3, 2022-07 or 2020-2021)");
	}

	/** The end of the period on the year scale described above. */
	public double end() {
		return switch (granularity) {
			case YEAR, YEARS -> lastYear;
			case QUARTER -> year - 1 + part / 4.0;
			case MONTH -> year - 1 + part / 12.0;
		};
	}

	/** The start of the period on the same scale (the end of the period before). */
	public double start() {
		return switch (granularity) {
			case YEAR, YEARS -> year - 1;
			case QUARTER -> year - 1 + (part - 1) / 4.0;
			case MONTH -> year - 1 + (part - 1) / 12.0;
		};
	}

	/** Whether {@code other} lies wholly inside this period (a period contains itself). */
	public boolean contains(Period other) {
		return other.start() >= start() && other.end() <= end();
	}

	@Override
	public int compareTo(Period other) {
		int byEnd = Double.compare(end(), other.end());
		return byEnd != 0 ? byEnd : Double.compare(other.start(), start());
	}

	@Override
	public String toString() {
		return switch (granularity) {
			case YEAR -> Integer.toString(year);
			case QUARTER -> year + "-Q" + part;
			case MONTH -> String.format(java.util.Locale.ROOT, "%d-%02d", year, part);
			case YEARS -> year + "-" + lastYear;
		};
	}
}
