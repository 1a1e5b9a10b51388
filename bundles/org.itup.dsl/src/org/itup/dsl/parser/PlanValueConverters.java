package org.itup.dsl.parser;

import java.math.BigDecimal;

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
		return new IValueConverter<>() {
			@Override
			public Integer toValue(String text, INode node) {
				String digits = present(text, node, "a year is missing here, for example 2023");
				try {
					return Integer.valueOf(digits);
				} catch (NumberFormatException e) {
					throw new ValueConverterException("'" + digits + "' is not a year", node, e);
				}
			}

			@Override
			public String toString(Integer year) {
				return String.valueOf(year);
			}
		};
	}

	@ValueConverter(rule = "Decimal")
	public IValueConverter<BigDecimal> decimal() {
		return new IValueConverter<>() {
			@Override
			public BigDecimal toValue(String text, INode node) {
				String number = present(text, node, "a number is missing here, for example 65 or 2.5");
				try {
					return new BigDecimal(number);
				} catch (NumberFormatException e) {
					throw new ValueConverterException("'" + number + "' is not a number", node, e);
				}
			}

			@Override
			public String toString(BigDecimal number) {
				return number.toPlainString();
			}
		};
	}

	private static String present(String text, INode node, String whenMissing) {
		if (text == null || text.isBlank()) {
			throw new ValueConverterException(whenMissing, node, null);
		}
		return text.strip();
	}
}
