package org.itup.bench.harness;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Repeated measurements of one figure (milliseconds or bytes), summarised as median, spread and percentiles. */
public final class Samples {

	private final List<Double> values = new ArrayList<>();

	public void add(double value) {
		values.add(value);
	}

	public int size() {
		return values.size();
	}

	public double median() {
		return percentile(50);
	}

	public double min() {
		return sorted().get(0);
	}

	public double max() {
		return sorted().get(values.size() - 1);
	}

	/** The nearest-rank percentile: the smallest sample with at least {@code p} percent of samples at or below it. */
	public double percentile(double p) {
		if (values.isEmpty()) {
			throw new IllegalStateException("no samples");
		}
		List<Double> sorted = sorted();
		int rank = (int) Math.ceil(p / 100 * sorted.size());
		return sorted.get(Math.max(0, rank - 1));
	}

	private List<Double> sorted() {
		List<Double> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		return sorted;
	}
}
