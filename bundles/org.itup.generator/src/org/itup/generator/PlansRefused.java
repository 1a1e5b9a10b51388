package org.itup.generator;

/**
 * The plans have findings at or above the run's {@link GenerationOptions#refuseAt} level and the run was not forced,
 * so nothing was generated: generators are only promised valid plans. The message says why; each shell adds how
 * its users force a run.
 */
public final class PlansRefused extends Exception {

	private static final long serialVersionUID = 1L;

	PlansRefused(String message) {
		super(message);
	}
}
