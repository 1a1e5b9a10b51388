package org.itup.analysis.monitoring;

import java.util.Properties;

/**
 * How an objective's resources are shared among the goals it is linked to: each primary goal gets
 * {@link #primary()} parts, each secondary goal {@link #secondary()} parts, and the parts are normalised per
 * objective. With the defaults 2 and 1, an objective with primary goals 1 and 2 and secondary goal 3 gives 2/5 to
 * goals 1 and 2 and 1/5 to goal 3. A plan folder may change them in {@value StatusThresholds#FILE_NAME}
 * ({@code budget.weight.primary}, {@code budget.weight.secondary}); a secondary weight of 0 carries resources through
 * primary links only.
 */
public record LinkageWeights(double primary, double secondary) {

	public static final String PRIMARY_KEY = "budget.weight.primary";
	public static final String SECONDARY_KEY = "budget.weight.secondary";
	public static final LinkageWeights DEFAULTS = new LinkageWeights(2, 1);

	public LinkageWeights {
		if (!(primary > 0)) {
			throw new IllegalArgumentException(PRIMARY_KEY + "=" + primary + " must be above 0");
		}
		if (!(secondary >= 0)) {
			throw new IllegalArgumentException(SECONDARY_KEY + "=" + secondary + " must not be negative");
		}
	}

	/** @throws IllegalArgumentException naming the key when a value is not a number or out of range */
	public static LinkageWeights from(Properties properties) {
		return new LinkageWeights(PropertyNumbers.read(properties, PRIMARY_KEY, DEFAULTS.primary),
				PropertyNumbers.read(properties, SECONDARY_KEY, DEFAULTS.secondary));
	}
}
