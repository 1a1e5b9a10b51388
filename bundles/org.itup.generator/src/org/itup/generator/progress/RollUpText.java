package org.itup.generator.progress;

import java.util.ArrayList;
import java.util.List;

import org.itup.analysis.monitoring.ProgressStatus;
import org.itup.analysis.monitoring.RollUp;
import org.itup.generator.MarkupBuilder;

/**
 * A parent's roll-up in one line: its summary status (the worst judged status of its children, see docs/monitoring.md)
 * and how many children it rests on, "1 of 9 targets judged: 1 off track; 8 no data".
 */
final class RollUpText {

	private RollUpText() {
	}

	static void write(MarkupBuilder html, RollUp rollUp, String children) {
		html.open("p", "class", "rollup").text("Summary: ");
		StatusBadge.write(html, rollUp.summary());
		html.text(" \u2014 " + counts(rollUp, children)).close("p");
	}

	static String counts(RollUp rollUp, String children) {
		if (rollUp.total() == 0) {
			return "no " + children + " to judge";
		}
		List<String> parts = new ArrayList<>();
		for (ProgressStatus status : ProgressStatus.values()) {
			if (rollUp.count(status) > 0) {
				parts.add(rollUp.count(status) + " " + status.label());
			}
		}
		return rollUp.judged() + " of " + rollUp.total() + " " + children + " judged: " + String.join("; ", parts);
	}
}
