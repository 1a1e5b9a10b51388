package org.itup.generator.export;

import java.io.IOException;

import org.itup.analysis.StrategicPlan;
import org.itup.generator.FileNames;
import org.itup.generator.GenerationRequest;
import org.itup.generator.OutputFolder;
import org.itup.generator.PlanArtifactWriter;
import org.itup.generator.RunMonitoring;

/**
 * Format {@code json}: the whole of each plan as one JSON document ({@code json/<plan>.json}), valid against the
 * JSON Schema this bundle ships in {@code schema/itup-plan.schema.json}, with its indicators, budgets, the resources of
 * its operational plans and its monitoring data judged as of one period ({@link RunMonitoring}).
 */
public final class JsonExport implements PlanArtifactWriter {

	/** The schema's {@code $id}, repeated in every export so a reader knows what it holds. */
	public static final String SCHEMA_ID = "urn:itup:schema:plan-export:1";

	@Override
	public String format() {
		return "json";
	}

	@Override
	public boolean showsStatuses() {
		return true;
	}

	@Override
	public void write(GenerationRequest request, OutputFolder output) throws IOException {
		for (StrategicPlan plan : request.plans()) {
			JsonPlan json = new JsonPlan(plan, RunMonitoring.of(request, plan), request.loaded().operationalPlans());
			output.write("json/" + FileNames.segment(plan.name()) + ".json", json.render());
		}
	}
}
