package org.itup.bench.harness;

import java.util.Locale;

/** How the table writes times, sizes and spreads. */
final class Figure {

	private Figure() {
	}

	static String millis(double millis) {
		return millis < 1000 ? String.format(Locale.ROOT, "%.0f ms", millis)
				: String.format(Locale.ROOT, "%.1f s", millis / 1000);
	}

	/** Median, then the smallest and largest sample. */
	static String spread(Samples samples) {
		if (samples.size() == 1) {
			return millis(samples.median());
		}
		return millis(samples.median()) + " (" + millis(samples.min()) + " to " + millis(samples.max()) + ")";
	}

	static String percentiles(Samples samples) {
		return millis(samples.median()) + " / " + millis(samples.percentile(95));
	}

	static String megabytes(double bytes) {
		return String.format(Locale.ROOT, "%.0f MB", bytes / (1 << 20));
	}

	static String ratio(double ratio) {
		return String.format(Locale.ROOT, "%.1fx", ratio);
	}
}
