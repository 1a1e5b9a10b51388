package org.itup.dsl.codes;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.itup.model.CodedLevel;
import org.itup.model.Enabler;
import org.itup.model.Goal;
import org.itup.model.Objective;
import org.itup.model.Outcome;
import org.itup.model.Output;
import org.itup.model.PlanElement;
import org.itup.model.Sector;
import org.itup.model.Target;

/**
 * Where the elements of each coded level sit in the results chain: whose code their codes may repeat, and among
 * which siblings they are counted.
 */
public final class CodedLevels {

	/** The parent placeholders each level's pattern may use. */
	private static final Map<CodedLevel, Set<String>> PARENTS = Map.of(CodedLevel.TARGET, Set.of("goal"),
			CodedLevel.OBJECTIVE, Set.of("sector"), CodedLevel.OUTCOME, Set.of("objective"), CodedLevel.OUTPUT,
			Set.of("objective"), CodedLevel.ENABLER, Set.of("sector", "bureau"));

	private CodedLevels() {
	}

	public static Set<String> parents(CodedLevel level) {
		return PARENTS.get(level);
	}

	/** The level of an element whose code a scheme may govern, or null. */
	public static CodedLevel of(PlanElement element) {
		if (element instanceof Target) {
			return CodedLevel.TARGET;
		}
		if (element instanceof Objective) {
			return CodedLevel.OBJECTIVE;
		}
		if (element instanceof Outcome) {
			return CodedLevel.OUTCOME;
		}
		if (element instanceof Output) {
			return CodedLevel.OUTPUT;
		}
		return element instanceof Enabler ? CodedLevel.ENABLER : null;
	}

	/** The code standing for {@code placeholder} ({@code goal}, {@code bureau}, ...) for this element, or null. */
	public static String parentCode(PlanElement element, String placeholder) {
		if ("bureau".equals(placeholder)) {
			return element.eContainer() instanceof Sector sector && sector.getBureau() != null
					? sector.getBureau().getName()
					: null;
		}
		return element.eContainer() instanceof PlanElement parent ? parent.getName() : null;
	}

	/** The elements of the same level in the same parent, in the plan's order. */
	public static List<? extends PlanElement> siblings(PlanElement element) {
		Object parent = element.eContainer();
		if (element instanceof Target && parent instanceof Goal goal) {
			return goal.getTargets();
		}
		if (element instanceof Outcome && parent instanceof Objective objective) {
			return objective.getOutcomes();
		}
		if (element instanceof Output && parent instanceof Objective objective) {
			return objective.getOutputs();
		}
		if (element instanceof Objective && parent instanceof Sector sector) {
			return sector.getObjectives();
		}
		return element instanceof Enabler && parent instanceof Sector sector ? sector.getEnablers() : List.of();
	}
}
