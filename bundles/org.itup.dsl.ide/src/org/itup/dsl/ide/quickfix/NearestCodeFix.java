package org.itup.dsl.ide.quickfix;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.itup.analysis.reference.SdgCodes;
import org.itup.analysis.reference.WsisActionLines;
import org.itup.dsl.parser.EditDistance;
import org.itup.dsl.validation.IssueCodes;

/**
 * Offers the official codes closest to an unknown SDG target, SDG indicator or WSIS action line: a typo such as
 * {@code 9.x} or {@code C12} is most often one or two characters away from the code that was meant.
 */
final class NearestCodeFix implements IssueFix {

	private static final int MOST_EDITS = 2;

	private static final int MOST_FIXES = 3;

	@Override
	public List<String> codes() {
		return List.of(IssueCodes.UNKNOWN_SDG_TARGET, IssueCodes.UNKNOWN_SDG_INDICATOR,
				IssueCodes.UNKNOWN_WSIS_ACTION_LINE);
	}

	@Override
	public List<PlanQuickFix> fixes(FixContext context) {
		String written = context.marked();
		if (written.isEmpty()) {
			return List.of();
		}
		String compared = written.toLowerCase(Locale.ROOT);
		return officialCodes(context.code()).stream()
				.filter(code -> EditDistance.between(compared, code.toLowerCase(Locale.ROOT)) <= MOST_EDITS)
				.sorted(Comparator.comparingInt((String code) -> EditDistance.between(compared,
						code.toLowerCase(Locale.ROOT)))
						.thenComparingInt(code -> EditDistance.between(shape(compared), shape(code)))
						.thenComparing(Comparator.naturalOrder()))
				.limit(MOST_FIXES)
				.map(code -> PlanQuickFix.of("Change to '" + code + "'",
						new PlanTextEdit(context.offset(), context.length(), code)))
				.toList();
	}

	/**
	 * A code with every digit written 9 and every letter a: a planner who typed a letter most likely meant a code
	 * with a letter there (SDG means-of-implementation targets such as 9.c), so same-shaped codes come first.
	 */
	private static String shape(String code) {
		StringBuilder shape = new StringBuilder(code.length());
		code.chars().forEach(c -> shape.append(Character.isDigit(c) ? '9' : Character.isLetter(c) ? 'a' : (char) c));
		return shape.toString();
	}

	private static Collection<String> officialCodes(String issueCode) {
		if (IssueCodes.UNKNOWN_WSIS_ACTION_LINE.equals(issueCode)) {
			return WsisActionLines.all().keySet();
		}
		SdgCodes sdg = SdgCodes.official();
		return IssueCodes.UNKNOWN_SDG_TARGET.equals(issueCode) ? sdg.targets() : sdg.indicators();
	}
}
