package org.itup.generator.export;

import java.util.List;

import org.itup.analysis.LinkageKind;
import org.itup.analysis.LinkageMatrix;
import org.itup.analysis.Ownership;
import org.itup.analysis.PlanSummary;
import org.itup.analysis.StrategicPlan;
import org.itup.analysis.monitoring.PlanMonitoring;
import org.itup.generator.RunMonitoring;
import org.itup.generator.check.JsonWriter;
import org.itup.model.Goal;
import org.itup.model.Objective;
import org.itup.model.OperationalPlan;
import org.itup.model.Plan;
import org.itup.model.Sector;

/** One plan as a JSON document: its header, the elements by kind (see {@link JsonElements}) and the linkage. */
final class JsonPlan {

	private final StrategicPlan plan;
	private final PlanMonitoring monitoring;
	private final List<OperationalPlan> operational;
	private final JsonWriter json = new JsonWriter();
	private final JsonElements elements = new JsonElements(json);

	/**
	 * @param monitoring  the plan's monitoring data, judged as of one period
	 * @param operational the operational plans of the load, of this plan or others
	 */
	JsonPlan(StrategicPlan plan, PlanMonitoring monitoring, List<OperationalPlan> operational) {
		this.plan = plan;
		this.monitoring = monitoring;
		this.operational = RunMonitoring.operationalPlansOf(plan, operational);
	}

	String render() {
		Plan header = plan.header();
		json.beginObject().name("schema").value(JsonExport.SCHEMA_ID);
		json.name("name").value(plan.name()).name("title").value(header.getTitle());
		json.name("period");
		if (header.getEndYear() > 0) {
			json.beginObject().name("start").value(header.getStartYear()).name("end").value(header.getEndYear())
					.endObject();
		} else {
			json.value((String) null);
		}
		json.name("adoptedBy").value(header.getAdoptedBy());
		json.name("vision").value(header.getVision()).name("mission").value(header.getMission());
		elements.values(plan.parts().stream().flatMap(part -> part.getValues().stream()).toList());
		elements.goals(plan.goals());
		elements.sectors(plan.sectors());
		linkage(LinkageMatrix.of(plan));
		elements.risks(plan.risks());
		elements.swot(plan.parts().stream().flatMap(part -> part.getSwot().stream()).toList());
		elements.criteria("criteria", plan.parts().stream().flatMap(part -> part.getCriteria().stream()).toList());
		elements.glossary(plan.parts().stream().flatMap(part -> part.getGlossary().stream()).toList());
		JsonMonitoring measured = new JsonMonitoring(json, plan);
		measured.operationalPlans(operational);
		measured.monitoring(monitoring);
		summary(PlanSummary.of(plan));
		return json.endObject().toString();
	}

	/** Only the cells that hold a link: an objective-goal pair not listed is not linked. */
	private void linkage(LinkageMatrix matrix) {
		json.name("linkage").beginArray();
		for (Objective objective : matrix.objectives()) {
			for (Goal goal : matrix.goals()) {
				LinkageKind kind = matrix.linkage(objective, goal);
				if (kind != LinkageKind.NONE) {
					json.beginObject().name("objective").value(objective.getName()).name("goal").value(goal.getName())
							.name("kind").value(kind.label());
					ownership(objective);
					json.endObject();
				}
			}
		}
		json.endArray();
	}

	/** Who answers for the linked objective: the sector leading it and those contributing. */
	private void ownership(Objective objective) {
		Sector lead = Ownership.lead(objective);
		json.name("lead").value(lead == null ? null : lead.getName()).name("contributors").beginArray();
		Ownership.contributors(objective).forEach(sector -> json.value(sector.getName()));
		json.endArray();
	}

	private void summary(PlanSummary summary) {
		json.name("summary").beginObject();
		json.name("goals").value(summary.goals()).name("targets").value(summary.targets());
		json.name("sectors").value(summary.sectors()).name("objectives").value(summary.objectives());
		json.name("outcomes").value(summary.outcomes()).name("outputs").value(summary.outputs());
		json.name("primaryLinkages").value(summary.primaryLinkages());
		json.name("secondaryLinkages").value(summary.secondaryLinkages());
		json.name("enablers").value(summary.enablers()).name("risks").value(summary.risks());
		json.endObject();
	}
}
