package org.itup.analysis.diff;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Finds which elements of an old plan are which elements of a new one, kind by kind, surest first:
 * <ol>
 * <li>what is stated ({@link StatedCorrespondences}): one new element replacing one old is a pair, several new
 * replacing one old a split, one new replacing several old a merge;</li>
 * <li>the same code, unless either element reads more like an element whose code the other plan lacks (a plan of
 * another period that reused a code for another target);</li>
 * <li>for what is left, the most alike texts ({@link RecognitionWords}, the overlap rule's measure), pairs taken
 * from the most alike down to the threshold, each element used once;</li>
 * <li>then, among what is still left, elements that sit in corresponding parents (targets of the same goal once the
 * goals are matched) down to a lower threshold: within one goal, fewer words in common suffice;</li>
 * <li>what is still left on one side, reads like an element already paired on the other, and together with that
 * element's counterpart reads more like it than the counterpart alone, is a split (a new element split off a paired
 * old one) or a merge (an old element merged into a paired new one);</li>
 * <li>the rest is added or removed.</li>
 * </ol>
 * Kinds are matched parents first (goals before targets, sectors before objectives), so each kind knows what its
 * parents became.
 */
public final class PlanMatcher {

	/** At or above this similarity two elements of unmatched codes are taken for the same element. */
	public static final double DEFAULT_THRESHOLD = 0.5;
	/** At or above this similarity two left-over elements of corresponding parents are taken for the same. */
	public static final double DEFAULT_SAME_PARENT_THRESHOLD = 0.3;

	private final double threshold;
	private final double sameParentThreshold;

	public PlanMatcher(double threshold, double sameParentThreshold) {
		this.threshold = threshold;
		this.sameParentThreshold = sameParentThreshold;
	}

	public static PlanMatching match(PlanSide oldPlan, PlanSide newPlan) {
		return new PlanMatcher(DEFAULT_THRESHOLD, DEFAULT_SAME_PARENT_THRESHOLD).match(oldPlan, newPlan,
				StatedCorrespondences.of(newPlan));
	}

	public PlanMatching match(PlanSide oldPlan, PlanSide newPlan, StatedCorrespondences stated) {
		RecognitionWords words = new RecognitionWords(Abbreviations.definedIn(oldPlan, newPlan));
		Map<ElementKind, List<Correspondence>> foundByKind = new EnumMap<>(ElementKind.class);
		List<Correspondence> found = new ArrayList<>();
		List<PlanItem> removed = new ArrayList<>();
		List<PlanItem> added = new ArrayList<>();
		for (ElementKind kind : ElementKind.values()) {
			List<Correspondence> parents = kind.parent() == null ? List.of() : foundByKind.get(kind.parent());
			KindMatch match = new KindMatch(kind, oldPlan.items(kind), newPlan.items(kind), words, parents);
			match.stated(stated);
			match.sameCode(threshold);
			match.similarText(threshold, false);
			match.similarText(sameParentThreshold, true);
			match.splitsAndMerges(threshold);
			foundByKind.put(kind, match.found());
			found.addAll(match.found());
			removed.addAll(match.oldLeft());
			added.addAll(match.newLeft());
		}
		return new PlanMatching(oldPlan, newPlan, found, removed, added);
	}
}
