package org.itup.cli;

/**
 * What the process exit status tells scripts and CI, the same for every command (listed in the usage text).
 */
final class ExitCode {

	/** No diagnostic at or above the --fail-on level (errors by default). */
	static final int OK = 0;

	/** The plans have a diagnostic at or above the --fail-on level. */
	static final int ERRORS = 1;

	/** The command line itself was wrong, so nothing was checked. */
	static final int USAGE = 2;

	/** itup failed unexpectedly; the plans may be fine. */
	static final int INTERNAL_ERROR = 3;

	private ExitCode() {
	}
}
