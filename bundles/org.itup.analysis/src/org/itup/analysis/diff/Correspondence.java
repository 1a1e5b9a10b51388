package org.itup.analysis.diff;

import java.util.List;

/**
 * Elements of the old plan taken for elements of the new plan: one for one (the same element, perhaps renumbered or
 * moved), one for several (a split) or several for one (a merge).
 *
 * @param score how alike the texts read, from 0 to 1; 1 for stated and same-code correspondences
 */
public record Correspondence(ElementKind kind, List<PlanItem> olds, List<PlanItem> news, Confidence confidence,
		double score) {

	public Correspondence {
		olds = List.copyOf(olds);
		news = List.copyOf(news);
	}

	public boolean isSplit() {
		return olds.size() == 1 && news.size() > 1;
	}

	public boolean isMerge() {
		return olds.size() > 1 && news.size() == 1;
	}

	public boolean isPair() {
		return olds.size() == 1 && news.size() == 1;
	}
}
