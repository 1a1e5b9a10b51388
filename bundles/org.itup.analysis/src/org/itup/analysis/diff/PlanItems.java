package org.itup.analysis.diff;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.ecore.EObject;
import org.itup.analysis.StrategicPlan;
import org.itup.model.Baseline;
import org.itup.model.Enabler;
import org.itup.model.Goal;
import org.itup.model.Objective;
import org.itup.model.Outcome;
import org.itup.model.Output;
import org.itup.model.Plan;
import org.itup.model.PlanElement;
import org.itup.model.Sector;
import org.itup.model.StrategicRisk;
import org.itup.model.Target;
import org.itup.model.TargetKind;

/**
 * A loaded plan as the comparison sees it: its elements as {@link PlanItem}s, with the values a planner cares about
 * written as the report shows them (a number without trailing zeros, so 65 and 65.0 are one level). Elements without
 * a code (a plan with syntax errors) are left out: nothing could name them in a report.
 */
public final class PlanItems {

	private final List<PlanItem> items = new ArrayList<>();

	private PlanItems() {
	}

	public static PlanSide of(StrategicPlan plan) {
		PlanItems side = new PlanItems();
		plan.goals().forEach(side::goal);
		plan.sectors().forEach(side::sector);
		plan.risks().forEach(side::risk);
		Plan header = plan.header();
		String period = header.getStartYear() == 0 ? null : header.getStartYear() + "-" + header.getEndYear();
		return new PlanSide(plan.name(), header.getTitle(), period, side.items);
	}

	private void goal(Goal goal) {
		add(goal, PlanItem.of(ElementKind.GOAL, goal.getName(), goal.getTitle(), goal.getStatement(), null)
				.withField("title", goal.getTitle()).withField("statement", goal.getStatement())
				.withField("description", goal.getDescription()));
		goal.getTargets().forEach(target -> target(target, goal));
	}

	private void target(Target target, Goal goal) {
		add(target, IndicatorFields.withIndicators(PlanItem.of(ElementKind.TARGET, target.getName(), null,
				target.getStatement(), goal.getName())
				.withField("statement", target.getStatement()).withField("kind", kind(target.getKind()))
				.withField("value", amount(target.getValue(), target.getUnit()))
				.withField("deadline", year(target.getDeadline()))
				.withField("baseline", baseline(target.getBaseline()))
				.withField("horizon", year(target.getHorizon()))
				.withField("population", target.getPopulation()), target.getIndicators()));
	}

	private void sector(Sector sector) {
		PlanItem item = PlanItem.of(ElementKind.SECTOR, sector.getName(), sector.getTitle(), null, null)
				.withField("title", sector.getTitle())
				.withField("kind", sector.getKind() == null ? null : sector.getKind().getLiteral());
		add(sector, IndicatorFields.withBudgets(item, sector.getBudgets()));
		sector.getObjectives().forEach(objective -> objective(objective, sector));
		sector.getEnablers().forEach(enabler -> enabler(enabler, sector));
	}

	private void objective(Objective objective, Sector sector) {
		PlanItem item = PlanItem.of(ElementKind.OBJECTIVE, objective.getName(), objective.getTitle(),
				objective.getStatement(), sector.getName()).withField("title", objective.getTitle())
				.withField("statement", objective.getStatement())
				.withReferences(Role.PRIMARY_GOALS, codes(objective.getPrimaryGoals()))
				.withReferences(Role.SECONDARY_GOALS, codes(objective.getSecondaryGoals()));
		add(objective, IndicatorFields.withBudgets(IndicatorFields.withIndicators(item, objective.getIndicators()),
				objective.getBudgets()));
		for (Outcome outcome : objective.getOutcomes()) {
			add(outcome, IndicatorFields.withIndicators(PlanItem.of(ElementKind.OUTCOME, outcome.getName(), null,
					outcome.getStatement(), objective.getName()).withField("statement", outcome.getStatement()),
					outcome.getIndicators()));
		}
		for (Output output : objective.getOutputs()) {
			PlanItem result = PlanItem.of(ElementKind.OUTPUT, output.getName(), null, output.getStatement(),
					objective.getName()).withField("statement", output.getStatement());
			add(output, IndicatorFields.withBudgets(IndicatorFields.withIndicators(result, output.getIndicators()),
					output.getBudgets()));
		}
	}

	private void enabler(Enabler enabler, Sector sector) {
		add(enabler, PlanItem.of(ElementKind.ENABLER, enabler.getName(), enabler.getTitle(), null, sector.getName())
				.withField("title", enabler.getTitle())
				.withField("supports all", enabler.isSupportsAll() ? "yes" : null)
				.withField("activities", lines(enabler.getActivities()))
				.withField("contributions", lines(enabler.getContributions()))
				.withField("results", lines(enabler.getResults()))
				.withReferences(Role.SUPPORTS, codes(enabler.getSupportedObjectives())));
	}

	private void risk(StrategicRisk risk) {
		add(risk, PlanItem.of(ElementKind.RISK, risk.getName(), risk.getTitle(), null, null)
				.withField("title", risk.getTitle()).withField("aspects", lines(risk.getAspects())));
	}

	/** With the old codes the element states it replaces, which the matcher takes over any guess. */
	private void add(PlanElement element, PlanItem item) {
		if (item.code() != null) {
			items.add(item.withReplaces(element.getReplaces()));
		}
	}

	/** Codes of referenced elements that resolved; an unresolved reference is the checker's finding, not a change. */
	private static List<String> codes(List<? extends EObject> elements) {
		return elements.stream().filter(element -> !element.eIsProxy()).map(element -> ((PlanElement) element).getName())
				.filter(Objects::nonNull).toList();
	}

	private static String kind(TargetKind kind) {
		return kind == null || kind == TargetKind.UNSPECIFIED ? null : kind.getLiteral();
	}

	static String amount(BigDecimal value, String unit) {
		if (value == null) {
			return null;
		}
		String number = value.stripTrailingZeros().toPlainString();
		return unit == null ? number : number + " " + unit;
	}

	private static String year(int year) {
		return year == 0 ? null : Integer.toString(year);
	}

	static String baseline(Baseline baseline) {
		if (baseline == null) {
			return null;
		}
		List<String> parts = new ArrayList<>();
		if (baseline.getYear() != 0) {
			parts.add(Integer.toString(baseline.getYear()));
		}
		if (baseline.getValue() != null) {
			parts.add(amount(baseline.getValue(), baseline.getUnit()));
		}
		if (baseline.isMeasured()) {
			parts.add("measured");
		}
		return String.join(" ", parts);
	}

	private static String lines(List<String> lines) {
		return lines.isEmpty() ? null : String.join("\n", lines);
	}
}
