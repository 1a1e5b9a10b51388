package org.itup.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import org.itup.analysis.vocabulary.PlanVocabulary;
import org.itup.model.Enabler;
import org.itup.model.Goal;
import org.itup.model.Objective;
import org.itup.model.Outcome;
import org.itup.model.Output;
import org.itup.model.Plan;
import org.itup.model.Sector;
import org.itup.model.StrategicRisk;
import org.itup.model.Target;

/**
 * One plan seen whole: the parts of a plan may be spread over several files, each naming the plan; this view joins
 * them in file order and puts the sectors in the order the plan asks for.
 */
public final class StrategicPlan {

	private final String name;
	private final List<Plan> parts;

	StrategicPlan(String name, List<Plan> parts) {
		this.name = name;
		this.parts = List.copyOf(parts);
	}

	public String name() {
		return name;
	}

	public List<Plan> parts() {
		return parts;
	}

	/** The part that carries the plan's title and period; the first part when none does. */
	public Plan header() {
		return parts.stream().filter(part -> part.getTitle() != null).findFirst().orElse(parts.get(0));
	}

	/** The currency the plan's budgets are reported in, as the first part that declares one says; null if none does. */
	public String currency() {
		return parts.stream().map(Plan::getCurrency).filter(Objects::nonNull).findFirst().orElse(null);
	}

	/** What the plan calls its levels: its declared names, the ITU plan's words for the rest. */
	public PlanVocabulary vocabulary() {
		return PlanVocabulary.of(parts);
	}

	public List<Goal> goals() {
		return fromParts(Plan::getGoals);
	}

	public List<Target> targets() {
		return goals().stream().flatMap(goal -> goal.getTargets().stream()).toList();
	}

	public List<Sector> sectors() {
		LinkedHashSet<Sector> ordered = new LinkedHashSet<>();
		parts.stream().flatMap(part -> part.getSectorOrder().stream())
				.filter(sector -> sector.getName() != null && !sector.eIsProxy())
				.forEach(ordered::add);
		ordered.addAll(fromParts(Plan::getSectors));
		return new ArrayList<>(ordered);
	}

	/** The sector with this code, if the plan has one. */
	public Optional<Sector> sector(String code) {
		return sectors().stream().filter(sector -> code.equals(sector.getName())).findFirst();
	}

	public List<Objective> objectives() {
		return sectors().stream().flatMap(sector -> sector.getObjectives().stream()).toList();
	}

	public List<Outcome> outcomes() {
		return objectives().stream().flatMap(objective -> objective.getOutcomes().stream()).toList();
	}

	public List<Output> outputs() {
		return objectives().stream().flatMap(objective -> objective.getOutputs().stream()).toList();
	}

	public List<Enabler> enablers() {
		return sectors().stream().flatMap(sector -> sector.getEnablers().stream()).toList();
	}

	public List<StrategicRisk> risks() {
		return fromParts(Plan::getRisks);
	}

	private <T> List<T> fromParts(Function<Plan, List<T>> contents) {
		return parts.stream().flatMap(part -> contents.apply(part).stream()).filter(Objects::nonNull).toList();
	}

	/**
	 * Groups plan parts by plan name, keeping the order in which plans are first met; in one pass over the parts, so
	 * a plan of thousands of files is joined in time proportional to its files.
	 */
	public static List<StrategicPlan> of(List<Plan> parts) {
		Map<String, List<Plan>> byName = new LinkedHashMap<>();
		for (Plan part : parts) {
			byName.computeIfAbsent(nameOf(part), any -> new ArrayList<>()).add(part);
		}
		return byName.entrySet().stream().map(plan -> new StrategicPlan(plan.getKey(), plan.getValue())).toList();
	}

	private static String nameOf(Plan part) {
		return Objects.requireNonNullElse(part.getName(), "");
	}
}
