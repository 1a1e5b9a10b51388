package org.itup.analysis.diff;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The matching of the elements of one kind, step by step as {@link PlanMatcher} orders the steps; the unmatched ones
 * are kept in plan order.
 */
final class KindMatch {

	private final ElementKind kind;
	private final Set<PlanItem> oldLeft;
	private final Set<PlanItem> newLeft;
	private final List<Correspondence> found = new ArrayList<>();
	private final RecognitionWords words;
	/** Old parent code to the codes of what it became in the new plan. */
	private final Map<String, Set<String>> parentsBecame = new HashMap<>();

	KindMatch(ElementKind kind, List<PlanItem> olds, List<PlanItem> news, RecognitionWords words,
			List<Correspondence> parents) {
		this.kind = kind;
		this.oldLeft = new LinkedHashSet<>(olds);
		this.newLeft = new LinkedHashSet<>(news);
		this.words = words;
		for (Correspondence parent : parents) {
			parent.olds().forEach(oldParent -> parent.news().forEach(newParent -> parentsBecame
					.computeIfAbsent(oldParent.code(), any -> new HashSet<>()).add(newParent.code())));
		}
	}

	List<Correspondence> found() {
		return found;
	}

	Set<PlanItem> oldLeft() {
		return oldLeft;
	}

	Set<PlanItem> newLeft() {
		return newLeft;
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
	 * A stated split or merge; the old and new element of the same code in it, if any, are also a pair, so their
	 * changes (a goal's title once part of it went) are reported like any pair's.
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

	/**
	 * Elements of one code are one element, unless either reads, at or above the threshold, more like an element
	 * whose code the other plan lacks: the 2020-2023 plan's target 2.4 (individuals in LDCs) is not the 2016-2019
	 * plan's 2.4 (rural broadband coverage), which became 2.7.
	 */
	void sameCode(double threshold) {
		Map<String, PlanItem> oldByCode = new HashMap<>();
		oldLeft.forEach(item -> oldByCode.putIfAbsent(item.code(), item));
		Map<PlanItem, PlanItem> sameCode = new LinkedHashMap<>();
		for (PlanItem newItem : newLeft) {
			PlanItem oldItem = oldByCode.remove(newItem.code());
			if (oldItem != null) {
				sameCode.put(oldItem, newItem);
			}
		}
		List<PlanItem> oldCodesGone = oldLeft.stream().filter(item -> !sameCode.containsKey(item)).toList();
		List<PlanItem> newCodes = newLeft.stream().filter(item -> !sameCode.containsValue(item)).toList();
		sameCode.forEach((oldItem, newItem) -> {
			double score = oldCodesGone.isEmpty() && newCodes.isEmpty() ? 1 : words.similarity(oldItem, newItem);
			if (!readsMoreLikeAny(oldItem, newCodes, score, threshold)
					&& !readsMoreLikeAny(newItem, oldCodesGone, score, threshold)) {
				take(List.of(oldItem), List.of(newItem), Confidence.SAME_CODE, 1);
			}
		});
	}

	private boolean readsMoreLikeAny(PlanItem item, List<PlanItem> others, double score, double threshold) {
		return others.stream().map(other -> words.similarity(item, other))
				.anyMatch(similarity -> similarity >= threshold && similarity > score);
	}

	/**
	 * Every pair of unmatched elements at or above the threshold, the most alike taken first; with
	 * {@code sameParentOnly}, only pairs whose parents correspond.
	 */
	void similarText(double threshold, boolean sameParentOnly) {
		List<Alike> pairs = new ArrayList<>();
		for (PlanItem oldItem : oldLeft) {
			for (PlanItem newItem : newLeft) {
				if (sameParentOnly && !parentBecame(oldItem, newItem)) {
					continue;
				}
				double score = words.similarity(oldItem, newItem);
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

	private boolean parentBecame(PlanItem oldItem, PlanItem newItem) {
		return oldItem.parent() != null
				&& parentsBecame.getOrDefault(oldItem.parent(), Set.of()).contains(newItem.parent());
	}

	/**
	 * A new element left over that reads like an old element already paired was split off it; an old element left
	 * over that reads like a paired new element was merged into it. Only when the element reads more like its
	 * counterpart and the left-over together than like its counterpart alone: an output retired beside a like-worded
	 * one ("Publication of terrestrial notices" beside "Publication of space notices") is not merged, since the one
	 * kept already says all the other says.
	 */
	void splitsAndMerges(double threshold) {
		Map<PlanItem, PlanItem> newOfOld = new LinkedHashMap<>();
		Map<PlanItem, PlanItem> oldOfNew = new LinkedHashMap<>();
		found.stream().filter(Correspondence::isPair).forEach(pair -> {
			newOfOld.put(pair.olds().get(0), pair.news().get(0));
			oldOfNew.put(pair.news().get(0), pair.olds().get(0));
		});
		Map<PlanItem, Correspondence> splits = new LinkedHashMap<>();
		for (PlanItem newItem : List.copyOf(newLeft)) {
			Alike best = mostAlike(newItem, newOfOld.keySet(), threshold);
			if (best != null && words.readsMoreLikeBoth(best.oldItem(), newOfOld.get(best.oldItem()), newItem)) {
				newLeft.remove(newItem);
				splits.merge(best.oldItem(), new Correspondence(kind, List.of(best.oldItem()),
						List.of(newOfOld.get(best.oldItem()), newItem), Confidence.SIMILAR_TEXT, best.score()),
						KindMatch::joinSplits);
			}
		}
		Map<PlanItem, Correspondence> merges = new LinkedHashMap<>();
		for (PlanItem oldItem : List.copyOf(oldLeft)) {
			Alike best = mostAlike(oldItem, oldOfNew.keySet(), threshold);
			if (best != null && words.readsMoreLikeBoth(best.oldItem(), oldOfNew.get(best.oldItem()), oldItem)) {
				oldLeft.remove(oldItem);
				PlanItem into = best.oldItem();
				merges.merge(into, new Correspondence(kind, List.of(oldOfNew.get(into), oldItem), List.of(into),
						Confidence.SIMILAR_TEXT, best.score()), KindMatch::joinMerges);
			}
		}
		found.addAll(splits.values());
		found.addAll(merges.values());
	}

	/** The most alike of the candidates at or above the threshold (as {@code oldItem} of the result), if any. */
	private Alike mostAlike(PlanItem item, Set<PlanItem> candidates, double threshold) {
		Alike best = null;
		for (PlanItem candidate : candidates) {
			double score = words.similarity(item, candidate);
			if (score >= threshold && (best == null || score > best.score())) {
				best = new Alike(candidate, item, score, 0);
			}
		}
		return best;
	}

	private void take(List<PlanItem> olds, List<PlanItem> news, Confidence confidence, double score) {
		olds.forEach(oldLeft::remove);
		news.forEach(newLeft::remove);
		found.add(new Correspondence(kind, olds, news, confidence, score));
	}

	private static List<PlanItem> byCode(Set<PlanItem> items, List<String> codes) {
		return items.stream().filter(item -> codes.contains(item.code())).toList();
	}

	private static Correspondence joinSplits(Correspondence one, Correspondence more) {
		List<PlanItem> news = new ArrayList<>(one.news());
		news.add(more.news().get(more.news().size() - 1));
		return new Correspondence(one.kind(), one.olds(), news, one.confidence(), Math.min(one.score(), more.score()));
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
