package org.itup.cli.robust;

import java.util.List;
import java.util.Random;

/**
 * Plan text of any size that reads like a real plan: a few goals with measured targets, then sector after sector of
 * objectives linked to them, with outcomes, indicators, outputs and an enabler, every code unique. Seeded, so every
 * run writes the same bytes.
 */
final class LargePlanText {

	private static final List<String> WORDS = List.of("access", "connectivity", "broadband", "digital", "inclusion",
			"standards", "spectrum", "members", "resilience", "capacity", "innovation", "cybersecurity", "regulators",
			"rural", "women", "youth", "training", "datasets", "interoperability", "satellites", "emergency");
	private static final int GOALS = 20;

	private final Random random = new Random(20261130L);
	private final StringBuilder text = new StringBuilder();

	/** A plan named {@code name} of at least {@code size} characters (all ASCII, so as many bytes). */
	static String of(String name, int size) {
		return new LargePlanText().write(name, size);
	}

	private String write(String name, int size) {
		text.append("plan ").append(name).append(" \"Large plan\" period 2024 to 2027\nvision \"")
				.append(sentence(20)).append("\"\n");
		for (int goal = 1; goal <= GOALS; goal++) {
			goal(goal);
		}
		for (int sector = 1; text.length() < size; sector++) {
			sector(sector);
		}
		return text.toString();
	}

	private void goal(int goal) {
		text.append("goal G").append(goal).append(" \"").append(sentence(6)).append("\" {\n    statement \"")
				.append(sentence(25)).append("\"\n");
		for (int target = 1; target <= 3; target++) {
			text.append("    target G").append(goal).append('.').append(target).append(" \"").append(sentence(15))
					.append("\" {\n        by 2027 increase 10 \"%\"\n        baseline 2023 value 5\n")
					.append("        indicator \"").append(sentence(6)).append("\" { unit \"%\" baseline 2023 value 5 target 15 }\n    }\n");
		}
		text.append("}\n");
	}

	private void sector(int sector) {
		String code = "S" + sector;
		text.append("sector ").append(code).append(" \"").append(sentence(4)).append("\" {\n");
		for (int objective = 1; objective <= 5; objective++) {
			String objectiveCode = code + "." + objective;
			text.append("    objective ").append(objectiveCode).append(" \"").append(sentence(5))
					.append("\" {\n        statement \"").append(sentence(20)).append("\"\n        primary goal G")
					.append(1 + (sector + objective) % GOALS).append("\n        secondary goal G")
					.append(1 + (sector + objective + 1) % GOALS).append('\n');
			for (char outcome = 'a'; outcome <= 'c'; outcome++) {
				text.append("        outcome ").append(objectiveCode).append('-').append(outcome).append(" \"")
						.append(sentence(12)).append("\" { indicator \"").append(sentence(5))
						.append("\" { unit \"count\" baseline 2023 value 1 target 10 } }\n");
			}
			for (int output = 1; output <= 4; output++) {
				text.append("        output ").append(objectiveCode).append('-').append(output).append(" \"")
						.append(sentence(12)).append("\"\n");
			}
			text.append("    }\n");
		}
		text.append("    enabler ").append(code).append("-E \"").append(sentence(4))
				.append("\" {\n        supports all\n        activity \"").append(sentence(10)).append("\"\n    }\n}\n");
	}

	/** Words joined from two of the list's, so texts differ as much as real statements and rarely read alike. */
	private String sentence(int words) {
		StringBuilder sentence = new StringBuilder();
		for (int i = 0; i < words; i++) {
			sentence.append(i == 0 ? "" : " ").append(WORDS.get(random.nextInt(WORDS.size())))
					.append(WORDS.get(random.nextInt(WORDS.size())));
		}
		sentence.setCharAt(0, Character.toUpperCase(sentence.charAt(0)));
		return sentence.toString();
	}
}
