package org.itup.analysis.monitoring;

import java.util.Locale;

/**
 * Where a target or indicator stands in a period. The order of the constants is from worst to best among the judged
 * statuses, then the two that carry no judgement ({@link #NO_DATA}, {@link #NOT_YET_DUE}).
 */
public enum ProgressStatus {
	/** Moving too slowly (ratio below the at-risk threshold), the wrong way, outside its bound, or past the deadline. */
	OFF_TRACK,
	/** Moving the right way but too slowly (ratio between the at-risk and on-track thresholds). */
	AT_RISK,
	/** Moving fast enough to reach the next milestone or the target on time. */
	ON_TRACK,
	/** The final target is reached (or the bound respected). */
	ACHIEVED,
	/** Nothing measured, or too little to judge. */
	NO_DATA,
	/** The period ends before the series starts: nothing is expected yet. */
	NOT_YET_DUE;

	/** Whether the status is a judgement of progress (not NO_DATA or NOT_YET_DUE). */
	public boolean judged() {
		return ordinal() <= ACHIEVED.ordinal();
	}

	/** The status as people read it: "on track", "not yet due". */
	public String label() {
		return name().toLowerCase(Locale.ROOT).replace('_', ' ');
	}
}
