package org.itup.dsl.parser;

import java.math.BigDecimal;
import java.util.function.Function;

import org.eclipse.xtext.common.services.DefaultTerminalConverters;
import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.nodemodel.INode;

/**
 * Converts years and numbers. When a year or number is missing (the parser recovered from a half-typed line), the
 * error says what is missing instead of reporting a failed conversion of nothing.
 */
public class PlanValueConverters extends DefaultTerminalConverters {

	@ValueConverter(rule = "Year")
	public IValueConverter<Integer> year() {
		return new NumberConverter<>("a year", "2023", Integer::valueOf, String::valueOf);
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
				throw new ValueConverterException("'" + text.strip() + "' is not " + what, node, e);
			}
		}

		@Override
		public String toString(T value) {
			return print.apply(value);
		}
	}
}
