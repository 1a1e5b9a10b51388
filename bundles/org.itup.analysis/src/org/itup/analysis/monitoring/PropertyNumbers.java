package org.itup.analysis.monitoring;

import java.util.Properties;

/** Reads optional numeric settings from a plan folder's monitoring properties, naming the key when one is bad. */
final class PropertyNumbers {

	private PropertyNumbers() {
	}

	static double read(Properties properties, String key, double fallback) {
		String text = properties.getProperty(key);
		if (text == null || text.isBlank()) {
			return fallback;
		}
		try {
			double value = Double.parseDouble(text.strip());
			if (Double.isNaN(value) || Double.isInfinite(value)) {
				throw new NumberFormatException();
			}
			return value;
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException(key + "=" + text.strip() + ": not a number");
		}
	}
}
