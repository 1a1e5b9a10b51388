package org.itup.generator;

import java.io.IOException;

/**
 * One output format (html, svg, md, csv, json, skeleton): writes what it makes of the loaded plans into the output
 * folder. Writers never throw on a valid plan; they only fail on I/O.
 */
public interface PlanArtifactWriter {

	/** The name users give in {@code --formats}. */
	String format();

	void write(GenerationRequest request, OutputFolder output) throws IOException;
}
