package org.itup.generator;

import java.io.IOException;

/**
 * One output format (html, svg, md, csv, json, skeleton): writes what it makes of the loaded plans into the output
 * folder. Writers never throw on a valid plan; they only fail on I/O.
 */
public interface PlanArtifactWriter {

	/** The name users give in {@code --formats}. */
	String format();

	/**
	 * Refuses options the plans cannot satisfy with a {@link GenerationOptionException}, before any writer of the
	 * run writes, so a mistyped option costs nothing.
	 */
	default void check(GenerationRequest request) {
		// most formats take no options
	}

	/**
	 * Whether the format shows the statuses of targets and indicators, judged as of the run's period: such a run
	 * reads each plan folder's monitoring settings first ({@link RunMonitoring}), and a period asked for needs one.
	 */
	default boolean showsStatuses() {
		return false;
	}

	void write(GenerationRequest request, OutputFolder output) throws IOException;
}
