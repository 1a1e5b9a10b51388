package org.itup.bench.scale;

import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewords the text of a plan the way another organisation or another period would write it: words of the usual RBM
 * vocabulary are swapped for near synonyms, chosen by a seeded random, so every copy reads differently yet stays
 * plain English of the same length and shape. Only ASCII words are touched, so translations and escapes survive.
 */
final class TextVariation {

	private static final Pattern WORD = Pattern.compile("[A-Za-z]+");

	private static final Map<String, String[]> SYNONYMS = Map.ofEntries(
			Map.entry("increased", new String[] { "greater", "higher", "expanded", "stronger" }),
			Map.entry("enhanced", new String[] { "improved", "strengthened", "reinforced" }),
			Map.entry("improved", new String[] { "better", "enhanced", "upgraded" }),
			Map.entry("countries", new String[] { "member states", "nations", "economies" }),
			Map.entry("development", new String[] { "progress", "advancement", "growth" }),
			Map.entry("access", new String[] { "reach", "connectivity", "availability" }),
			Map.entry("use", new String[] { "uptake", "adoption", "usage" }),
			Map.entry("support", new String[] { "backing", "assistance", "help" }),
			Map.entry("activities", new String[] { "work", "actions", "initiatives" }),
			Map.entry("members", new String[] { "participants", "constituents", "partners" }),
			Map.entry("membership", new String[] { "constituency", "members", "stakeholders" }),
			Map.entry("efficient", new String[] { "effective", "streamlined", "lean" }),
			Map.entry("promote", new String[] { "advance", "encourage", "foster" }),
			Map.entry("foster", new String[] { "nurture", "encourage", "cultivate" }),
			Map.entry("number", new String[] { "count", "quantity", "total" }),
			Map.entry("regional", new String[] { "area", "territorial", "zonal" }),
			Map.entry("international", new String[] { "global", "worldwide", "multilateral" }),
			Map.entry("knowledge", new String[] { "expertise", "know-how", "understanding" }),
			Map.entry("capacity", new String[] { "capability", "competence", "ability" }),
			Map.entry("cooperation", new String[] { "collaboration", "partnership", "coordination" }),
			Map.entry("services", new String[] { "offerings", "facilities", "provisions" }),
			Map.entry("reports", new String[] { "studies", "reviews", "papers" }),
			Map.entry("standards", new String[] { "norms", "specifications", "benchmarks" }),
			Map.entry("networks", new String[] { "infrastructures", "systems", "grids" }),
			Map.entry("management", new String[] { "administration", "stewardship", "governance" }),
			Map.entry("participation", new String[] { "involvement", "engagement", "presence" }),
			Map.entry("implementation", new String[] { "delivery", "execution", "roll-out" }),
			Map.entry("environment", new String[] { "setting", "landscape", "context" }),
			Map.entry("timely", new String[] { "prompt", "punctual", "rapid" }),
			Map.entry("effective", new String[] { "efficient", "successful", "productive" }),
			Map.entry("world", new String[] { "globe", "planet", "world" }),
			Map.entry("assistance", new String[] { "aid", "support", "help" }),
			Map.entry("digital", new String[] { "online", "connected", "digital" }),
			Map.entry("resources", new String[] { "means", "assets", "funds" }),
			Map.entry("stakeholders", new String[] { "partners", "actors", "constituents" }));

	private final Random random;

	TextVariation(Random random) {
		this.random = random;
	}

	/** The text with about half of its known words swapped; an upper-case first letter is kept. */
	String vary(String text) {
		Matcher words = WORD.matcher(text);
		StringBuilder varied = new StringBuilder(text.length() + 16);
		while (words.find()) {
			words.appendReplacement(varied, Matcher.quoteReplacement(swap(words.group())));
		}
		words.appendTail(varied);
		return varied.toString();
	}

	private String swap(String word) {
		String[] choices = SYNONYMS.get(word.toLowerCase(java.util.Locale.ROOT));
		if (choices == null || random.nextBoolean()) {
			return word;
		}
		String choice = choices[random.nextInt(choices.length)];
		return Character.isUpperCase(word.charAt(0))
				? Character.toUpperCase(choice.charAt(0)) + choice.substring(1)
				: choice;
	}
}
