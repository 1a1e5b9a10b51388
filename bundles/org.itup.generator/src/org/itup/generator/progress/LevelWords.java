package org.itup.generator.progress;

/**
 * The words the progress report shows for the plan's levels, in one place: a plan that declares its own vocabulary
 * (a "pillar" for a goal, a "programme" for a sector) replaces this one object, and no section spells a level itself.
 */
public record LevelWords(String goal, String goals, String target, String targets, String sector, String sectors,
		String objective, String objectives, String outcome, String outcomes, String output, String outputs,
		String indicator, String indicators) {

	/** The words of Resolution 71's results framework, which the language's keywords also use. */
	public static final LevelWords DEFAULTS = new LevelWords("Goal", "Goals", "Target", "Targets", "Sector",
			"Sectors", "Objective", "Objectives", "Outcome", "Outcomes", "Output", "Outputs", "Indicator",
			"Indicators");

	/** The word as it reads inside a sentence ("3 of 5 targets judged"). */
	public static String inText(String word) {
		return word.isEmpty() ? word : Character.toLowerCase(word.charAt(0)) + word.substring(1);
	}
}
