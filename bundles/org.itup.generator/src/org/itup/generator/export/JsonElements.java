package org.itup.generator.export;

import java.util.List;
import java.util.function.Consumer;

import org.itup.analysis.Ownership;
import org.itup.generator.check.JsonWriter;
import org.itup.model.CoreValue;
import org.itup.model.Enabler;
import org.itup.model.GlossaryTerm;
import org.itup.model.Goal;
import org.itup.model.ImplementationCriterion;
import org.itup.model.Objective;
import org.itup.model.PlanElement;
import org.itup.model.Sector;
import org.itup.model.StrategicRisk;
import org.itup.model.SwotItem;
import org.itup.model.Target;

/**
 * Writes plan elements as JSON members, one method per kind. References to other elements are written as their
 * codes. Absent text is {@code null}; absent years are left out.
 */
final class JsonElements {

	private final JsonWriter json;
	private final JsonMeasures measures;

	JsonElements(JsonWriter json) {
		this.json = json;
		this.measures = new JsonMeasures(json);
	}

	void values(List<CoreValue> values) {
		array("values", values, value -> coded(value).name("title").value(value.getTitle())
				.name("statement").value(value.getStatement()));
	}

	void goals(List<Goal> goals) {
		array("goals", goals, goal -> {
			coded(goal).name("title").value(goal.getTitle()).name("statement").value(goal.getStatement())
					.name("description").value(goal.getDescription());
			array("targets", goal.getTargets(), this::target);
			array("sdg", goal.getSdgLinks(), link -> {
				json.name("target").value(link.getTarget());
				strings("indicators", link.getIndicators());
			});
			strings("wsis", goal.getWsisActionLines());
		});
	}

	private void target(Target target) {
		coded(target).name("statement").value(target.getStatement());
		year("deadline", target.getDeadline());
		year("horizon", target.getHorizon());
		json.name("kind").value(target.getKind().getLiteral()).name("value").value(target.getValue())
				.name("unit").value(target.getUnit());
		measures.baseline(target.getBaseline());
		json.name("population").value(target.getPopulation());
		measures.indicators(target.getIndicators());
	}

	void sectors(List<Sector> sectors) {
		array("sectors", sectors, sector -> {
			coded(sector).name("kind").value(sector.getKind().getLiteral()).name("title").value(sector.getTitle());
			json.name("bureau");
			if (sector.getBureau() == null) {
				json.value((String) null);
			} else {
				json.beginObject().name("code").value(sector.getBureau().getName()).name("title")
						.value(sector.getBureau().getTitle()).endObject();
			}
			measures.budgets(sector.getBudgets());
			array("objectives", sector.getObjectives(), this::objective);
			array("enablers", sector.getEnablers(), this::enabler);
		});
	}

	private void objective(Objective objective) {
		coded(objective).name("title").value(objective.getTitle()).name("statement").value(objective.getStatement());
		strings("primaryGoals", objective.getPrimaryGoals().stream().map(Goal::getName).toList());
		strings("secondaryGoals", objective.getSecondaryGoals().stream().map(Goal::getName).toList());
		strings("contributors", Ownership.contributors(objective).stream().map(Sector::getName).toList());
		strings("wsis", objective.getWsisActionLines());
		measures.indicators(objective.getIndicators());
		measures.budgets(objective.getBudgets());
		array("outcomes", objective.getOutcomes(), outcome -> {
			coded(outcome).name("statement").value(outcome.getStatement());
			measures.indicators(outcome.getIndicators());
		});
		array("outputs", objective.getOutputs(), output -> {
			coded(output).name("statement").value(output.getStatement());
			measures.indicators(output.getIndicators());
			measures.budgets(output.getBudgets());
		});
	}

	private void enabler(Enabler enabler) {
		coded(enabler).name("title").value(enabler.getTitle()).name("supportsAll").value(enabler.isSupportsAll());
		strings("supports", enabler.getSupportedObjectives().stream().map(Objective::getName).toList());
		strings("activities", enabler.getActivities());
		strings("contributions", enabler.getContributions());
		strings("results", enabler.getResults());
	}

	void risks(List<StrategicRisk> risks) {
		array("risks", risks, risk -> {
			coded(risk).name("title").value(risk.getTitle());
			strings("aspects", risk.getAspects());
			array("mitigations", risk.getMitigations(), mitigation -> json.name("treatment")
					.value(mitigation.getTreatment().getLiteral()).name("statement").value(mitigation.getStatement()));
		});
	}

	void swot(List<SwotItem> items) {
		array("swot", items, item -> json.name("kind").value(item.getKind().getLiteral()).name("statement")
				.value(item.getStatement()));
	}

	void criteria(String name, List<ImplementationCriterion> criteria) {
		array(name, criteria, criterion -> {
			json.name("title").value(criterion.getTitle()).name("statement").value(criterion.getStatement());
			criteria("criteria", criterion.getCriteria());
		});
	}

	void glossary(List<GlossaryTerm> terms) {
		array("glossary", terms, term -> {
			json.name("term").value(term.getTerm()).name("definition").value(term.getDefinition());
			array("translations", term.getTranslations(), translation -> json.name("language")
					.value(translation.getLanguage()).name("text").value(translation.getText()));
		});
	}

	private JsonWriter coded(PlanElement element) {
		return json.name("code").value(element.getName());
	}

	private void year(String name, int year) {
		if (year > 0) {
			json.name(name).value(year);
		}
	}

	private void strings(String name, List<String> values) {
		json.name(name).beginArray();
		values.forEach(json::value);
		json.endArray();
	}

	private <T> void array(String name, List<T> items, Consumer<T> members) {
		json.name(name).beginArray();
		for (T item : items) {
			json.beginObject();
			members.accept(item);
			json.endObject();
		}
		json.endArray();
	}
}
