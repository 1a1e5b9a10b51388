package org.itup.generator.tests.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Random;

import org.itup.generator.MarkupBuilder;
import org.junit.jupiter.api.Test;

/** Diagram numbers are written by hand for speed; they must read exactly as {@code %.1f} without ".0" wrote them. */
class MarkupNumberTest {

	@Test
	void writesWhatFormatterWrites() {
		double[] edges = { 0, -0.0, 0.04, 0.05, 0.15, 0.25, 0.95, -0.04, -0.05, -0.15, -1.25, 12.5, 12.25, 12.35,
				99.95, 1e7, 1.23456789e14, 1e15, 1e300, -1e300, Double.MIN_VALUE, Double.NaN,
				Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY };
		for (double value : edges) {
			assertEquals(formatted(value), MarkupBuilder.number(value), () -> "for " + value);
		}
		Random random = new Random(7);
		for (int i = 0; i < 200_000; i++) {
			double value = i % 2 == 0 ? (random.nextDouble() - 0.3) * 5000 : Math.round(random.nextDouble() * 40000) / 20.0;
			assertEquals(formatted(value), MarkupBuilder.number(value), () -> "for " + value);
		}
	}

	private static String formatted(double value) {
		String text = String.format(Locale.ROOT, "%.1f", value);
		return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
	}
}
