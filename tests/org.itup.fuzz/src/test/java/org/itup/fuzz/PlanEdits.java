package org.itup.fuzz;

import java.util.List;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;

/**
 * Edits a valid plan the way people and merges break them, at positions and with tokens the fuzzer chooses:
 * insert a token, replace a word by one, delete a stretch of text, or copy a stretch elsewhere (a duplicated
 * block, a half-pasted element).
 */
final class PlanEdits {

	private static final int MOST_EDITS = 8;
	private static final int LONGEST_STRETCH = 400;

	private PlanEdits() {
	}

	static String apply(String text, FuzzedDataProvider data, List<String> tokens) {
		StringBuilder plan = new StringBuilder(text);
		int edits = data.consumeInt(1, MOST_EDITS);
		for (int i = 0; i < edits && data.remainingBytes() > 0; i++) {
			int at = data.consumeInt(0, plan.length());
			switch (data.consumeInt(0, 3)) {
			case 0 -> plan.insert(at, " " + data.pickValue(tokens) + " ");
			case 1 -> plan.replace(at, wordEnd(plan, at), data.pickValue(tokens));
			case 2 -> plan.delete(at, Math.min(plan.length(), at + data.consumeInt(1, LONGEST_STRETCH)));
			default -> copyStretch(plan, at, data);
			}
		}
		return plan.toString();
	}

	private static int wordEnd(CharSequence text, int from) {
		int end = from;
		while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
			end++;
		}
		return end;
	}

	private static void copyStretch(StringBuilder plan, int from, FuzzedDataProvider data) {
		int to = Math.min(plan.length(), from + data.consumeInt(1, LONGEST_STRETCH));
		String stretch = plan.substring(from, to);
		plan.insert(data.consumeInt(0, plan.length()), stretch);
	}
}
