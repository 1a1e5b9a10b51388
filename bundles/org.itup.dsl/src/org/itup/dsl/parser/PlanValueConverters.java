package org.itup.dsl.parser;

import java.math.BigDecimal;
import java.util.function.Function;

import org.eclipse.xtext.common.services.DefaultTerminalConverters;
import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.conversion.impl.STRINGValueConverter;
import org.eclipse.xtext.nodemodel.INode;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * Converts years, numbers and quoted texts. When a year or number is missing (the parser recovered from a half-typed line), the
 * error says what is missing instead of reporting a failed conversion of nothing.
 * <p>
 * A singleton, as its Xtext parent is (scopes are not inherited): each instance works out its converters from the
 * grammar's rules on first use, and an instance per parsed file made that a tenth of the time of loading many files.
 */
@Singleton
public class PlanValueConverters extends DefaultTerminalConverters {

	private static final int FIRST_YEAR = 1000;
	private static final int LAST_YEAR = 9999;

	private PlanTextConverter planText;

	@Inject
	void quotedTexts(STRINGValueConverter quoted) {
		planText = new PlanTextConverter(quoted);
	}

	@ValueConverter(rule = "Year")
	public IValueConverter<Integer> year() {
		return new NumberConverter<>("a year", "2023", PlanValueConverters::fourDigitYear, String::valueOf);
	}

	/**
	 * Years have four digits. Others are slips (0 would also read as "no year"), and years near the largest int
	 * overflow when forecast years are counted from them.
	 */
	private static Integer fourDigitYear(String text) {
		int year = Integer.parseInt(text);
		if (year < FIRST_YEAR || year > LAST_YEAR) {
			throw new NumberFormatException(text);
		}
		return year;
	}

	/** Quoted texts, which may not bring in control characters through escapes ({@link PlanTextConverter}). */
	@Override
	@ValueConverter(rule = "STRING")
	public IValueConverter<String> STRING() {
		return planText;
	}

	@ValueConverter(rule = "Period")
	public IValueConverter<String> period() {
		return new NumberConverter<>("a period", "2022, 2022-Q3, 2022-07 or 2020-2021", PlanPeriods::checked,
				Function.identity());
	}

	@ValueConverter(rule = "Decimal")
	public IValueConverter<BigDecimal> decimal() {
		return new NumberConverter<>("a number", "65 or 2.5", BigDecimal::new, BigDecimal::toPlainString);
	}

	private record NumberConverter<T>(String what, String example, Function<String, T> parse,
			Function<T, String> print) implements IValueConverter<T> {

		@Override
		public T toValue(String text, INode node) {
			if (text == null || text.isBlank()) {
				throw new ValueConverterException(what + " is missing here, for example " + example, node, null);
			}
			try {
				return parse.apply(text.strip());
			} catch (NumberFormatException e) {
				// no cause: Xtext would show the cause's message ("For input string: ...") instead of this one
				throw new ValueConverterException("'" + text.strip() + "' is not " + what + ", for example " + example,
						node, null);
			}
		}

		@Override
		public String toString(T value) {
			return print.apply(value);
		}
	}
}
