package org.itup.analysis.diff;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.itup.analysis.overlap.StatementSimilarity;

/**
 * Finds which elements of an old plan are which elements of a new one, kind by kind, surest first:
 * <ol>
 * <li>what is stated ({@link StatedCorrespondences}): one new element replacing one old is a pair, several new
 * replacing one old a split, one new replacing several old a merge;</li>
 * <li>the same code;</li>
 * <li>for what is left, the most alike title and statement (the overlap rule's measure), pairs taken from the most
 * alike down to the threshold, each element used once;</li>
 * <li>what is still left on one side, reads like an element already paired on the other, and together with that
 * element's counterpart reads more like it than the counterpart alone, is a split (a new element split off a paired
 * old one) or a merge (an old element merged into a paired new one);</li>
 * <li>the rest is added or removed.</li>
 * </ol>
 */
public final class PlanMatcher {

	/** At or above this similarity two elements of unmatched codes are taken for the same element. */
	public static final double DEFAULT_THRESHOLD = 0.5;

	private final double threshold;

	public PlanMatcher(double threshold) {
		this.threshold = threshold;
	}

	public static PlanMatching match(PlanSide oldPlan, PlanSide newPlan) {
		return new PlanMatcher(DEFAULT_THRESHOLD).match(oldPlan, newPlan, StatedCorrespondences.of(newPlan));
	}

	public PlanMatching match(PlanSide oldPlan, PlanSide newPlan, StatedCorrespondences stated) {
		List<Correspondence> found = new ArrayList<>();
		List<PlanItem> removed = new ArrayList<>();
		List<PlanItem> added = new ArrayList<>();
		for (ElementKind kind : ElementKind.values()) {
			KindMatch match = new KindMatch(kind, oldPlan.items(kind), newPlan.items(kind));
			match.stated(stated);
			match.sameCode();
			match.similarText();
			match.splitsAndMerges();
			found.addAll(match.found);
			removed.addAll(match.oldLeft);
			added.addAll(match.newLeft);
		}
		return new PlanMatching(oldPlan, newPlan, found, removed, added);
	}

	/** The matching of the elements of one kind, the unmatched ones kept in plan order. */
	private final class KindMatch {

		private final ElementKind kind;
		private final Set<PlanItem> oldLeft;
		private final Set<PlanItem> newLeft;
		private final List<Correspondence> found = new ArrayList<>();
		/** Each element's words, worked out once: every unmatched old element is compared with every new one. */
		private final Map<PlanItem, StatementSimilarity.Words> words = new HashMap<>();

		KindMatch(ElementKind kind, List<PlanItem> olds, List<PlanItem> news) {
			this.kind = kind;
			this.oldLeft = new LinkedHashSet<>(olds);
			this.newLeft = new LinkedHashSet<>(news);
		}

		void stated(StatedCorrespondences stated) {
			Map<PlanItem, List<PlanItem>> replacedBy = new LinkedHashMap<>();
			for (PlanItem newItem : List.copyOf(newLeft)) {
				List<PlanItem> olds = byCode(oldLeft, stated.oldCodes(kind, newItem.code()));
				if (olds.size() > 1) {
					takeWithSameCode(olds, List.of(newItem));
				} else if (olds.size() == 1) {
					replacedBy.computeIfAbsent(olds.get(0), any -> new ArrayList<>()).add(newItem);
				}
			}
			replacedBy.forEach((oldItem, news) -> {
				if (oldLeft.contains(oldItem)) {
					takeWithSameCode(List.of(oldItem), news);
				}
			});
		}

		/**
		 * A stated split or merge; the old and new element of the same code in it, if any, are also a pair, so
		 * their changes (a goal's title once part of it went) are reported like any pair's.
		 */
		private void takeWithSameCode(List<PlanItem> olds, List<PlanItem> news) {
			take(olds, news, Confidence.EXPLICIT, 1);
			if (olds.size() == 1 && news.size() == 1) {
				return;
			}
			for (PlanItem oldItem : olds) {
				news.stream().filter(newItem -> newItem.code().equals(oldItem.code())).findFirst().ifPresent(
						newItem -> found.add(new Correspondence(kind, List.of(oldItem), List.of(newItem),
								Confidence.EXPLICIT, 1)));
			}
		}

		void sameCode() {
			Map<String, PlanItem> oldByCode = new HashMap<>();
			oldLeft.forEach(item -> oldByCode.putIfAbsent(item.code(), item));
			for (PlanItem newItem : List.copyOf(newLeft)) {
				PlanItem oldItem = oldByCode.remove(newItem.code());
				if (oldItem != null) {
					take(List.of(oldItem), List.of(newItem), Confidence.SAME_CODE, 1);
				}
			}
		}

		/** Every pair of unmatched elements at or above the threshold, the most alike taken first. */
		void similarText() {
			List<Alike> pairs = new ArrayList<>();
			for (PlanItem oldItem : oldLeft) {
				for (PlanItem newItem : newLeft) {
					double score = similarity(oldItem, newItem);
					if (score >= threshold) {
						pairs.add(new Alike(oldItem, newItem, score, pairs.size()));
					}
				}
			}
			pairs.sort(Alike.MOST_ALIKE_FIRST);
			for (Alike pair : pairs) {
				if (oldLeft.contains(pair.oldItem()) && newLeft.contains(pair.newItem())) {
					take(List.of(pair.oldItem()), List.of(pair.newItem()), Confidence.SIMILAR_TEXT, pair.score());
				}
			}
		}

		/**
		 * A new element left over that reads like an old element already paired was split off it; an old element
		 * left over that reads like a paired new element was merged into it.
		 */
		void splitsAndMerges() {
			Map<PlanItem, PlanItem> newOfOld = new LinkedHashMap<>();
			Map<PlanItem, PlanItem> oldOfNew = new LinkedHashMap<>();
			found.stream().filter(Correspondence::isPair).forEach(pair -> {
				newOfOld.put(pair.olds().get(0), pair.news().get(0));
				oldOfNew.put(pair.news().get(0), pair.olds().get(0));
			});
			Map<PlanItem, Correspondence> splits = new LinkedHashMap<>();
			for (PlanItem newItem : List.copyOf(newLeft)) {
				Alike best = mostAlike(newItem, newOfOld.keySet());
				if (best != null && explainsBetter(best.oldItem(), newOfOld.get(best.oldItem()), newItem)) {
					newLeft.remove(newItem);
					splits.merge(best.oldItem(), new Correspondence(kind, List.of(best.oldItem()),
							List.of(newOfOld.get(best.oldItem()), newItem), Confidence.SIMILAR_TEXT, best.score()),
							PlanMatcher::joinSplits);
				}
			}
			Map<PlanItem, Correspondence> merges = new LinkedHashMap<>();
			for (PlanItem oldItem : List.copyOf(oldLeft)) {
				Alike best = mostAlike(oldItem, oldOfNew.keySet());
				if (best != null && explainsBetter(best.oldItem(), oldOfNew.get(best.oldItem()), oldItem)) {
					oldLeft.remove(oldItem);
					PlanItem into = best.oldItem();
					merges.merge(into, new Correspondence(kind, List.of(oldOfNew.get(into), oldItem), List.of(into),
							Confidence.SIMILAR_TEXT, best.score()), PlanMatcher::joinMerges);
				}
			}
			found.addAll(splits.values());
			found.addAll(merges.values());
		}

		/**
		 * Whether an element reads more like its counterpart and the left-over element together than like its
		 * counterpart alone: "Innovation and partnership" split into "Innovation" and "Partnership" does, while an
		 * output retired beside a like-worded one ("Publication of terrestrial notices" beside "Publication of space
		 * notices") does not, since the one kept already says all the other says.
		 */
		private boolean explainsBetter(PlanItem element, PlanItem counterpart, PlanItem leftOver) {
			return StatementSimilarity.between(element.text(), counterpart.text() + " " + leftOver.text())
					> StatementSimilarity.between(element.text(), counterpart.text());
		}

		/** The most alike of the candidates at or above the threshold (as {@code oldItem} of the result), if any. */
		private Alike mostAlike(PlanItem item, Set<PlanItem> candidates) {
			Alike best = null;
			for (PlanItem candidate : candidates) {
				double score = similarity(item, candidate);
				if (score >= threshold && (best == null || score > best.score())) {
					best = new Alike(candidate, item, score, 0);
				}
			}
			return best;
		}

		private double similarity(PlanItem one, PlanItem other) {
			return StatementSimilarity.between(wordsOf(one), wordsOf(other));
		}

		private StatementSimilarity.Words wordsOf(PlanItem item) {
			return words.computeIfAbsent(item, any -> StatementSimilarity.wordsOf(item.text()));
		}

		private void take(List<PlanItem> olds, List<PlanItem> news, Confidence confidence, double score) {
			olds.forEach(oldLeft::remove);
			news.forEach(newLeft::remove);
			found.add(new Correspondence(kind, olds, news, confidence, score));
		}

		private List<PlanItem> byCode(Set<PlanItem> items, List<String> codes) {
			return items.stream().filter(item -> codes.contains(item.code())).toList();
		}
	}

	private static Correspondence joinSplits(Correspondence one, Correspondence more) {
		List<PlanItem> news = new ArrayList<>(one.news());
		news.add(more.news().get(more.news().size() - 1));
		return new Correspondence(one.kind(), one.olds(), news, one.confidence(),
				Math.min(one.score(), more.score()));
	}

	private static Correspondence joinMerges(Correspondence one, Correspondence more) {
		List<PlanItem> olds = new ArrayList<>(one.olds());
		olds.add(more.olds().get(more.olds().size() - 1));
		return new Correspondence(one.kind(), olds, one.news(), one.confidence(), Math.min(one.score(), more.score()));
	}

	/** Two elements that read alike; ties are taken in the order found, which is plan order. */
	private record Alike(PlanItem oldItem, PlanItem newItem, double score, int order) {
		static final Comparator<Alike> MOST_ALIKE_FIRST = Comparator.comparingDouble((Alike alike) -> -alike.score())
				.thenComparingInt(Alike::order);
	}
}
