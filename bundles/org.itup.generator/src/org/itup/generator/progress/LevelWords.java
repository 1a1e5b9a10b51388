package org.itup.generator.progress;

import org.itup.analysis.vocabulary.PlanVocabulary;
import org.itup.model.PlanLevel;

/**
 * The words the progress report shows for the plan's levels, in one place: those a plan declares in its vocabulary
 * (a "programme" for a sector, say) replace the defaults, and no section spells a level itself.
 */
public record LevelWords(String goal, String goals, String target, String targets, String sector, String sectors,
		String objective, String objectives, String outcome, String outcomes, String output, String outputs,
		String indicator, String indicators) {

	/** The words of Resolution 71's results framework, which the language's keywords also use. */
	public static final LevelWords DEFAULTS = new LevelWords("Goal", "Goals", "Target", "Targets", "Sector",
			"Sectors", "Objective", "Objectives", "Outcome", "Outcomes", "Output", "Outputs", "Indicator",
			"Indicators");

	/** The plan's own words for the levels it names; goals, targets and indicators keep theirs. */
	public static LevelWords of(PlanVocabulary words) {
		return new LevelWords(DEFAULTS.goal(), DEFAULTS.goals(), DEFAULTS.target(), DEFAULTS.targets(),
				words.oneTitle(PlanLevel.SECTOR), words.manyTitle(PlanLevel.SECTOR), words.oneTitle(PlanLevel.OBJECTIVE),
				words.manyTitle(PlanLevel.OBJECTIVE), words.oneTitle(PlanLevel.OUTCOME), words.manyTitle(PlanLevel.OUTCOME),
				words.oneTitle(PlanLevel.OUTPUT), words.manyTitle(PlanLevel.OUTPUT), DEFAULTS.indicator(),
				DEFAULTS.indicators());
	}

	/** The word as it reads inside a sentence ("3 of 5 targets judged"). */
	public static String inText(String word) {
		return word.isEmpty() ? word : Character.toLowerCase(word.charAt(0)) + word.substring(1);
	}
}
