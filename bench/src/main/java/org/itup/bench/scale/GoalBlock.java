package org.itup.bench.scale;

/**
 * One goal of a synthetic plan with the sector that serves it: the goal and its target, and a sector with one
 * objective whose primary goal it is, one outcome and one output. With the main part's enabler that supports all,
 * blocks check without findings (every goal has a primary objective, every code follows the conventions) except
 * the overlaps of the outputs left {@link PlanWords#UNDEFINED}.
 */
final class GoalBlock {

	/** One output in this many is still undefined, word for word the same text in every such sector. */
	static final int UNDEFINED_EVERY = 10;

	private GoalBlock() {
	}

	/** The text of block {@code number}, counted from 1. */
	static String text(int number, PlanWords words) {
		String goal = "G" + number;
		String objective = "S" + number + ".1";
		String output = number % UNDEFINED_EVERY == 0 ? PlanWords.UNDEFINED : words.statement(6);
		return "goal " + goal + " \"" + words.statement(2) + "\" {\n"
				+ "    statement \"" + words.statement(8) + "\"\n"
				+ "    target " + goal + ".1 \"" + words.statement(7) + "\" {\n"
				+ "        by 2023\n"
				+ "        level 50 \"%\"\n"
				+ "    }\n"
				+ "}\n\n"
				+ "sector S" + number + " \"" + words.statement(3) + "\" {\n"
				+ "    objective " + objective + " \"" + words.statement(2) + "\" {\n"
				+ "        statement \"" + words.statement(9) + "\"\n"
				+ "        primary goal " + goal + "\n"
				+ "        outcome " + objective + "-a \"" + words.statement(7) + "\"\n"
				+ "        output " + objective + "-1 \"" + output + "\"\n"
				+ "    }\n"
				+ "}\n";
	}

	/** The first lines of every file of the plan; the main file adds the title and the period. */
	static String planLine(String planName) {
		return "plan " + planName + "\n\n";
	}

	/** The main part: title, period, and the secretariat whose one enabler supports every objective. */
	static String header(String planName, String title) {
		return "plan " + planName + " \"" + title + "\"\nperiod 2020 to 2023\n\n"
				+ "secretariat GS \"General Secretariat\" {\n"
				+ "    enabler GS-1 \"Management\" {\n"
				+ "        supports all\n"
				+ "        activity \"Management of the organization\"\n"
				+ "    }\n"
				+ "}\n";
	}
}
