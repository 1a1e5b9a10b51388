package org.itup.analysis.monitoring;

import java.util.Properties;

/**
 * The cut-offs that turn a progress ratio into a status. A plan folder may set them in
 * {@value #FILE_NAME}:
 *
 * <pre>
 * status.onTrack=0.95            # ratio at or above: on track (default 0.95)
 * status.atRisk=0.6              # ratio at or above, below onTrack: at risk; below: off track (default 0.6)
 * status.maintainTolerance=0.05  # maintain: relative distance from the reference still on track (default 0.05)
 * </pre>
 *
 * The defaults are the cut-offs of the compound-growth progress method (see docs/monitoring.md): 95 % of the required
 * growth is "on track", 60 % "progress made but acceleration needed".
 */
public record StatusThresholds(double onTrack, double atRisk, double maintainTolerance) {

	public static final String FILE_NAME = "itup-monitoring.properties";
	public static final String ON_TRACK_KEY = "status.onTrack";
	public static final String AT_RISK_KEY = "status.atRisk";
	public static final String MAINTAIN_TOLERANCE_KEY = "status.maintainTolerance";

	public static final StatusThresholds DEFAULTS = new StatusThresholds(0.95, 0.6, 0.05);

	public StatusThresholds {
		if (!(atRisk >= 0 && atRisk <= onTrack)) {
			throw new IllegalArgumentException(
					AT_RISK_KEY + "=" + atRisk + " must lie between 0 and " + ON_TRACK_KEY + "=" + onTrack);
		}
		if (!(maintainTolerance >= 0)) {
			throw new IllegalArgumentException(MAINTAIN_TOLERANCE_KEY + "=" + maintainTolerance + " must not be negative");
		}
	}

	/**
	 * The thresholds a folder sets, each missing key at its default.
	 *
	 * @throws IllegalArgumentException naming the key when a value is not a number or the values contradict
	 */
	public static StatusThresholds from(Properties properties) {
		return new StatusThresholds(
				PropertyNumbers.read(properties, ON_TRACK_KEY, DEFAULTS.onTrack),
				PropertyNumbers.read(properties, AT_RISK_KEY, DEFAULTS.atRisk),
				PropertyNumbers.read(properties, MAINTAIN_TOLERANCE_KEY, DEFAULTS.maintainTolerance));
	}

	/** The status a ratio of actual to required progress earns. */
	public ProgressStatus classify(double ratio) {
		if (ratio >= onTrack) {
			return ProgressStatus.ON_TRACK;
		}
		return ratio >= atRisk ? ProgressStatus.AT_RISK : ProgressStatus.OFF_TRACK;
	}
}
