package org.itup.analysis.diff;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The abbreviations the compared plans define in their own text, "least developed countries (LDCs)", so an element
 * written with the short form in one plan ("20% in LDCs") is recognised by the words of the long form in the other.
 * Only a definition whose words' initials spell the abbreviation counts: nothing is guessed.
 */
final class Abbreviations {

	private static final Pattern DEFINITION = Pattern.compile("((?:[\\p{L}-]+\\s+){1,8})\\((\\p{Lu}{2,})s?\\)");
	private static final Pattern ABBREVIATION = Pattern.compile("\\b(\\p{Lu}{2,})s?\\b");

	private final Map<String, String> longForms = new HashMap<>();

	private Abbreviations() {
	}

	/** The abbreviations defined anywhere in the texts of the elements of either plan. */
	static Abbreviations definedIn(PlanSide... sides) {
		Abbreviations abbreviations = new Abbreviations();
		for (PlanSide side : sides) {
			for (ElementKind kind : ElementKind.values()) {
				side.items(kind).forEach(item -> item.fields().values().forEach(abbreviations::learn));
			}
		}
		return abbreviations;
	}

	private void learn(String text) {
		if (text == null) {
			return;
		}
		Matcher definition = DEFINITION.matcher(text);
		while (definition.find()) {
			String[] words = definition.group(1).trim().split("\\s+");
			String abbreviation = definition.group(2);
			if (words.length >= abbreviation.length()) {
				List<String> spelled = List.of(words).subList(words.length - abbreviation.length(), words.length);
				if (initials(spelled).equals(abbreviation.toLowerCase(Locale.ROOT))) {
					longForms.putIfAbsent(abbreviation, String.join(" ", spelled));
				}
			}
		}
	}

	private static String initials(List<String> words) {
		StringBuilder initials = new StringBuilder();
		words.forEach(word -> initials.append(Character.toLowerCase(word.charAt(0))));
		return initials.toString();
	}

	/** The text with each defined abbreviation (singular or plural) written out in full. */
	String expand(String text) {
		if (longForms.isEmpty()) {
			return text;
		}
		return ABBREVIATION.matcher(text).replaceAll(
				found -> Matcher.quoteReplacement(longForms.getOrDefault(found.group(1), found.group())));
	}
}
