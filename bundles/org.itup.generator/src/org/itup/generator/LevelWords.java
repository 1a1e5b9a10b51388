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
 * The words the monitoring parts of the exports and the report print for the levels of a plan ("target",
 * "indicator", "objective"...), in one place so that a plan's declared vocabulary can replace them here alone.
 */
public final class LevelWords {

	/** The heading of an element's list of indicators. */
	public static final String INDICATORS = "Indicators";

	private LevelWords() {
	}

	/** The levels in the order they are tried, a subclass before its superclass. */
	private static final List<Map.Entry<Class<?>, String>> LEVELS = List.of(Map.entry(Goal.class, "goal"),
			Map.entry(Target.class, "target"), Map.entry(PerformanceIndicator.class, "indicator"),
			Map.entry(Sector.class, "sector"), Map.entry(Objective.class, "objective"),
			Map.entry(Outcome.class, "outcome"), Map.entry(Output.class, "output"));

	/** The level of {@code element} in lower case, as a CSV cell or a sentence uses it; "element" for others. */
	public static String of(Object element) {
		return LEVELS.stream().filter(level -> level.getKey().isInstance(element)).map(Map.Entry::getValue)
				.findFirst().orElse("element");
	}

	/** The same word with a capital, as a heading or a table's first word uses it. */
	public static String capitalised(Object element) {
		String word = of(element);
		return Character.toUpperCase(word.charAt(0)) + word.substring(1);
	}
}
