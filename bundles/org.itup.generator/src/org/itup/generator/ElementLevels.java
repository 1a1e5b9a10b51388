package org.itup.generator;

import java.util.List;
import java.util.Map;

import org.itup.model.Goal;
import org.itup.model.Objective;
import org.itup.model.Outcome;
import org.itup.model.Output;
import org.itup.model.PerformanceIndicator;
import org.itup.model.Sector;
import org.itup.model.Target;

/**
 * The neutral level names ("target", "indicator", "objective"...) that the machine-readable columns and fields of
 * the exports hold ({@code level} in measurements.csv, {@code kind} in JSON; docs/exports.md lists them). They do not
 * follow a plan's declared vocabulary, so a tool reading the exports of several plans sees the same values; text for
 * people uses {@link org.itup.analysis.vocabulary.PlanVocabulary}.
 */
public final class ElementLevels {

	private ElementLevels() {
	}

	/** The levels in the order they are tried, a subclass before its superclass. */
	private static final List<Map.Entry<Class<?>, String>> LEVELS = List.of(Map.entry(Goal.class, "goal"),
			Map.entry(Target.class, "target"), Map.entry(PerformanceIndicator.class, "indicator"),
			Map.entry(Sector.class, "sector"), Map.entry(Objective.class, "objective"),
			Map.entry(Outcome.class, "outcome"), Map.entry(Output.class, "output"));

	/** The level of {@code element} in lower case, as a CSV cell or a JSON field holds it; "element" for others. */
	public static String of(Object element) {
		return LEVELS.stream().filter(level -> level.getKey().isInstance(element)).map(Map.Entry::getValue)
				.findFirst().orElse("element");
	}
}
