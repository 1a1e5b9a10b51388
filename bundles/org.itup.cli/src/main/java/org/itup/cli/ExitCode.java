package org.itup.cli;

/**
 * What the process exit status tells scripts and CI, the same for every command (listed in the usage text).
 */
final class ExitCode {

	/** The plans have no errors; warnings and infos do not fail a build. */
	static final int OK = 0;

	/** The plans have errors. */
	static final int ERRORS = 1;

	/** The command line itself was wrong, so nothing was checked. */
	static final int USAGE = 2;

	/** itup failed unexpectedly; the plans may be fine. */
	static final int INTERNAL_ERROR = 3;

	private ExitCode() {
	}
}
