package org.itup.analysis.diff;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.itup.analysis.overlap.StatementSimilarity;

/**
 * What an element is recognised by when its code changed, and how alike two elements read by it (the overlap rule's
 * measure). Four choices make plans of different periods comparable, where each element's figures and dates were
 * meant to change:
 * <ul>
 * <li>the text is the title, the statement and the population the element concerns (a target's "households in
 * developing countries" says which target it is better than its wording);</li>
 * <li>numbers are left out: "55% by 2020" and "65% by 2023" are the same target raised, not two targets;</li>
 * <li>abbreviations the plans define are written out ({@link Abbreviations}), so "LDCs" reads as "least developed
 * countries";</li>
 * <li>two elements are compared on what both state: when either gives only a title (a plan reviewed from a summary
 * that names its goals), the titles alone.</li>
 * </ul>
 * Each element's words are worked out once: every unmatched old element is compared with every new one.
 */
final class RecognitionWords {

	private static final Pattern NUMBER = Pattern.compile("\\b\\d+(?:[.,]\\d+)*\\b");

	private final Abbreviations abbreviations;
	private final Map<PlanItem, StatementSimilarity.Words> wholeTexts = new HashMap<>();
	private final Map<PlanItem, StatementSimilarity.Words> titles = new HashMap<>();

	RecognitionWords(Abbreviations abbreviations) {
		this.abbreviations = abbreviations;
	}

	/** From 0 (nothing significant in common) to 1. */
	double similarity(PlanItem one, PlanItem other) {
		if (titlesOnly(one, other)) {
			return StatementSimilarity.between(titles.computeIfAbsent(one, this::titleWords),
					titles.computeIfAbsent(other, this::titleWords));
		}
		return StatementSimilarity.between(wholeTexts.computeIfAbsent(one, this::wholeWords),
				wholeTexts.computeIfAbsent(other, this::wholeWords));
	}

	/**
	 * Whether an element reads more like its counterpart and a left-over element together than like its counterpart
	 * alone: "Innovation and partnership" split into "Innovation" and "Partnership" does.
	 */
	boolean readsMoreLikeBoth(PlanItem element, PlanItem counterpart, PlanItem leftOver) {
		boolean titlesOnly = titlesOnly(element, counterpart) || titlesOnly(element, leftOver);
		String whole = text(element, titlesOnly);
		String both = text(counterpart, titlesOnly) + " " + text(leftOver, titlesOnly);
		return StatementSimilarity.between(whole, both)
				> StatementSimilarity.between(whole, text(counterpart, titlesOnly));
	}

	private static boolean titlesOnly(PlanItem one, PlanItem other) {
		return one.title() != null && other.title() != null && (one.statement() == null || other.statement() == null);
	}

	private StatementSimilarity.Words titleWords(PlanItem item) {
		return StatementSimilarity.wordsOf(text(item, true));
	}

	private StatementSimilarity.Words wholeWords(PlanItem item) {
		return StatementSimilarity.wordsOf(text(item, false));
	}

	private String text(PlanItem item, boolean titleOnly) {
		String text = titleOnly ? item.title() : item.text();
		String population = item.fields().get("population");
		if (!titleOnly && population != null) {
			text = text + " " + population;
		}
		return NUMBER.matcher(abbreviations.expand(text)).replaceAll(" ");
	}
}
