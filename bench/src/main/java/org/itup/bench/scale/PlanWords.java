package org.itup.bench.scale;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Statements for the synthetic one-plan shapes: words of a seeded made-up vocabulary, so statements read alike in
 * length and shape but rarely share enough words to be near-duplicates. A plan's real near-duplicates come from
 * {@link #UNDEFINED}, the placeholder drafts repeat, which every so many results use word for word.
 */
final class PlanWords {

	/** What a draft writes where a statement is still missing; identical wherever it appears. */
	static final String UNDEFINED = "To be defined";

	private static final String[] SYLLABLES = { "ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "ze", "pa", "dor",
			"len", "mar", "qui", "tes", "bal", "fin", "gor", "hul", "jen" };

	private final List<String> vocabulary;

	private final Random random;

	PlanWords(Random random, int size) {
		this.random = random;
		this.vocabulary = new ArrayList<>(size);
		java.util.Set<String> seen = new java.util.HashSet<>();
		while (vocabulary.size() < size) {
			String word = word();
			if (seen.add(word)) {
				vocabulary.add(word);
			}
		}
	}

	/** A statement of the given number of words, the first capitalised. */
	String statement(int words) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < words; i++) {
			String word = vocabulary.get(random.nextInt(vocabulary.size()));
			text.append(i == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : " " + word);
		}
		return text.toString();
	}

	private String word() {
		int syllables = 2 + random.nextInt(3);
		StringBuilder word = new StringBuilder();
		for (int i = 0; i < syllables; i++) {
			word.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
		}
		return word.toString();
	}
}
