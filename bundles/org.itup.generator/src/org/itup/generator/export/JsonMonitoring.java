package org.itup.generator.export;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import org.eclipse.emf.ecore.EObject;
import org.itup.analysis.StrategicPlan;
import org.itup.analysis.monitoring.PlanMonitoring;
import org.itup.analysis.monitoring.PlanProgress;
import org.itup.analysis.monitoring.Series;
import org.itup.analysis.monitoring.StatusJudgement;
import org.itup.generator.ElementLevels;
import org.itup.generator.check.JsonWriter;
import org.itup.model.Assessment;
import org.itup.model.Expenditure;
import org.itup.model.Measurement;
import org.itup.model.OperationalPlan;
import org.itup.model.OutputPlan;
import org.itup.model.OutputWork;
import org.itup.model.ResourceNeed;
import org.itup.model.RetiredOutput;

/**
 * Writes a plan's monitoring as JSON: the measurements, spending and assessments of its monitoring files with where
 * each was written, the status of every target and indicator as of one period with the values the judgement used, and
 * the resources its operational plans put on outputs.
 */
final class JsonMonitoring {

	private final JsonWriter json;
	private final StrategicPlan plan;

	JsonMonitoring(JsonWriter json, StrategicPlan plan) {
		this.json = json;
		this.plan = plan;
	}

	void monitoring(PlanMonitoring monitoring) {
		json.name("monitoring").beginObject();
		json.name("asOf").value(monitoring.asOf().map(Object::toString).orElse(null));
		json.name("measurements").beginArray();
		monitoring.measurements().forEach(this::measurement);
		json.endArray();
		json.name("spent").beginArray();
		monitoring.files().stream().flatMap(file -> file.getExpenditures().stream()).forEach(this::spent);
		json.endArray();
		json.name("assessments").beginArray();
		monitoring.files().stream().flatMap(file -> file.getAssessments().stream()).forEach(this::assessment);
		json.endArray();
		json.name("status").beginArray();
		monitoring.progress().ifPresent(this::statuses);
		json.endArray();
		json.name("missingData").beginArray();
		monitoring.progress().ifPresent(progress -> progress.completeness().missing().forEach(json::value));
		json.endArray();
		json.endObject();
	}

	private void measurement(Measurement measurement) {
		json.beginObject();
		json.name("code").value(measurement.getSubject() == null ? null : measurement.getSubject().getName());
		json.name("kind").value(ElementLevels.of(measurement.getSubject()));
		json.name("period").value(measurement.getPeriod()).name("value").value(measurement.getValue());
		json.name("unit").value(measurement.getUnit()).name("source").value(measurement.getSource());
		json.name("date").value(measurement.getDate()).name("note").value(measurement.getNote());
		where(measurement);
		json.endObject();
	}

	private void spent(Expenditure expenditure) {
		json.beginObject();
		json.name("element").value(expenditure.getElement() == null ? null : expenditure.getElement().getName());
		json.name("period").value(expenditure.getPeriod()).name("amount").value(expenditure.getAmount());
		json.name("currency").value(expenditure.getCurrency());
		where(expenditure);
		json.endObject();
	}

	private void assessment(Assessment assessment) {
		json.beginObject();
		json.name("objective").value(assessment.getObjective() == null ? null : assessment.getObjective().getName());
		json.name("period").value(assessment.getPeriod()).name("text").value(assessment.getText());
		where(assessment);
		json.endObject();
	}

	private void where(EObject element) {
		Provenance provenance = Provenance.of(element, plan);
		json.name("file").value(provenance.file());
		if (provenance.line().isPresent()) {
			json.name("line").value(provenance.line().getAsInt());
		}
	}

	private void statuses(PlanProgress progress) {
		for (Map.Entry<String, StatusJudgement> entry : progress.judgements().entrySet()) {
			StatusJudgement judgement = entry.getValue();
			Series series = progress.series().get(entry.getKey());
			json.beginObject().name("code").value(entry.getKey());
			json.name("status").value(judgement.status().label()).name("method")
					.value(CsvMonitoringTables.method(judgement));
			json.name("explanation").value(judgement.explanation());
			json.name("measuredIn").value(judgement.measuredIn().map(Object::toString).orElse(null));
			number("value", judgement.value());
			number("expected", judgement.expected());
			number("ratio", judgement.ratio());
			json.name("unit").value(series == null || series.unit().isEmpty() ? null : series.unit());
			json.endObject();
		}
	}

	private void number(String name, OptionalDouble value) {
		json.name(name).value(ComputedNumbers.of(value).orElse(null));
	}

	/** The outputs each operational plan of this plan resources, with the amounts it gives them. */
	void operationalPlans(List<OperationalPlan> operational) {
		json.name("operationalPlans").beginArray();
		for (OperationalPlan part : operational) {
			json.beginObject().name("name").value(part.getName());
			json.name("sector").value(part.getSector() == null ? null : part.getSector().getName());
			json.name("year").value(part.getYear());
			json.name("outputs").beginArray();
			part.getObjectives().forEach(objective -> objective.getOutputs().forEach(this::outputWork));
			part.getRetiredOutputs().forEach(this::outputWork);
			json.endArray().endObject();
		}
		json.endArray();
	}

	private void outputWork(OutputWork work) {
		json.beginObject();
		if (work instanceof OutputPlan planned) {
			json.name("output").value(planned.getOutput() == null ? null : planned.getOutput().getName());
			json.name("retired").value(false);
		} else {
			json.name("output").value(((RetiredOutput) work).getCode()).name("retired").value(true);
		}
		json.name("resources").beginArray();
		for (ResourceNeed need : work.getResources()) {
			json.beginObject().name("amount").value(need.getAmount()).name("currency").value(need.getCurrency())
					.name("description").value(need.getDescription()).endObject();
		}
		json.endArray().endObject();
	}
}
