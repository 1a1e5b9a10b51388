package org.itup.dsl.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.xtext.validation.Issue;

/**
 * At most {@link #PER_RULE} findings of one rule in one file, then one finding saying how many more there are. A
 * generated or half-converted plan can break one rule hundreds of thousands of times; listing every one takes
 * minutes and gigabytes and buries the plan's other findings, while a hundred already show what to fix. The
 * summary keeps the rule's code, severity and the place of the first finding left out, so rule settings
 * ({@code itup-rules.properties}) treat it like the findings it stands for and nothing is silently dropped.
 */
public final class FindingCap {

	/** Findings of one rule listed per file. */
	public static final int PER_RULE = 100;

	private FindingCap() {
	}

	/** The findings in their order, with each rule's findings beyond the first {@link #PER_RULE} counted in one. */
	public static List<Issue> apply(List<Issue> findings) {
		Map<String, Integer> seen = new HashMap<>();
		Map<String, Issue.IssueImpl> summaries = new HashMap<>();
		List<Issue> kept = new ArrayList<>(Math.min(findings.size(), 4 * PER_RULE));
		for (Issue finding : findings) {
			String rule = Objects.requireNonNullElse(finding.getCode(), "");
			int count = seen.merge(rule, 1, Integer::sum);
			if (count <= PER_RULE) {
				kept.add(finding);
			} else if (count == PER_RULE + 1) {
				Issue.IssueImpl summary = copyOf(finding);
				summaries.put(rule, summary);
				kept.add(summary);
			}
		}
		summaries.forEach((rule, summary) -> summary.setMessage(message(seen.get(rule) - PER_RULE, rule)));
		return kept;
	}

	private static String message(int more, String rule) {
		String code = rule.isEmpty() ? "" : " (" + rule + ")";
		return more + " more finding" + (more == 1 ? "" : "s") + " of this rule" + code + " in this file, from here "
				+ "on, are not listed: itup lists " + PER_RULE + " per rule and file. Fix those listed and check "
				+ "again to see the rest.";
	}

	/** The first finding left out, standing for all of them; its data (for a quick fix) is its own, so dropped. */
	private static Issue.IssueImpl copyOf(Issue finding) {
		Issue.IssueImpl copy = IssueCopy.of(finding);
		copy.setData(null);
		return copy;
	}
}
