package org.itup.analysis.monitoring;

import org.itup.analysis.monitoring.StatusJudgement.Method;

/**
 * The ratio of actual to required progress, after the compound-growth method of national SDG reporting platforms
 * (docs/monitoring.md):
 *
 * <pre>
 * actual   = (v / b)^(1 / (tv - tb)) - 1     compound annual growth from baseline b at tb to value v at tv
 * required = (c / b)^(1 / (tc - tb)) - 1     growth needed to reach checkpoint c (milestone or target) at tc
 * ratio    = actual / required               expected value at tv: b * (1 + required)^(tv - tb)
 * </pre>
 *
 * Compound growth is defined only when b, c and v are all above zero. Otherwise (a zero or negative baseline, a
 * target of zero, a value that fell to zero) the same ratio is taken of the average yearly change, which is
 * {@code (v - b) / (tv - tb)} against {@code (c - b) / (tc - tb)}, with expected value {@code b + (c - b) (tv - tb) /
 * (tc - tb)}. Both ratios are signed so that a move in the wrong direction gives a negative ratio. The caller makes
 * sure that {@code tv > tb}, {@code tc > tb} and {@code c != b}.
 */
record GrowthRatio(Method method, double ratio, double expected) {

	static GrowthRatio between(double tb, double b, double tv, double v, double tc, double c) {
		if (b > 0 && c > 0 && v > 0) {
			double actual = Math.pow(v / b, 1 / (tv - tb)) - 1;
			double required = Math.pow(c / b, 1 / (tc - tb)) - 1;
			return new GrowthRatio(Method.COMPOUND_GROWTH, actual / required, b * Math.pow(1 + required, tv - tb));
		}
		double actual = (v - b) / (tv - tb);
		double required = (c - b) / (tc - tb);
		return new GrowthRatio(Method.LINEAR, actual / required, b + required * (tv - tb));
	}
}
